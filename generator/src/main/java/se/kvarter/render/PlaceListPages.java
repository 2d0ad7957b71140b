package se.kvarter.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;

/**
 * The places list and its filters. Every filter is a static page of its own (by area, service,
 * audience, language spoken, open today, step-free entrance), so that a resident finds a place
 * with JavaScript off; the places list links to them all, and a script may filter it in place.
 */
final class PlaceListPages {

    private final EditionContext edition;
    private final PageMaker maker;
    private final PlaceViews places;
    private final JsonLd jsonLd;
    private final SitePaths paths;
    private final UiText t;

    PlaceListPages(EditionContext edition, PageMaker maker, PlaceViews places, JsonLd jsonLd) {
        this.edition = edition;
        this.maker = maker;
        this.places = places;
        this.jsonLd = jsonLd;
        this.paths = edition.paths();
        this.t = edition.text();
    }

    /** A static filter of the places list: its page, its name in a list of filters, and who passes. */
    private record Filter(String path, String label, String title, String intro, Predicate<Place> passes) {
    }

    /** The places list, the area and service pages, and one page per filter; each depends on every place. */
    List<PageJob> jobs() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(job(paths.places(), this::placeList));
        jobs.add(job(paths.stepFreePlaces(), this::stepFreePlaces));
        for (Filter filter : filters()) {
            jobs.add(job(filter.path(), () -> filtered(filter)));
        }
        SiteRenderer.areas(edition).forEach((slug, name) -> jobs.add(job(paths.area(slug), () -> area(slug, name))));
        for (String service : usedServices()) {
            jobs.add(job(paths.service(service), () -> service(service)));
        }
        return jobs;
    }

    private static PageJob job(String path, Supplier<OutputFile> render) {
        return new PageJob(path, Set.of("place:*"), render);
    }

    /** Services that some place offers, in the order of {@code services.yaml}. */
    List<String> usedServices() {
        return edition.site().services().stream()
                .map(s -> s.id())
                .filter(edition.relations().placesByService()::containsKey)
                .toList();
    }

    private List<Filter> filters() {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(paths.placesOpenToday(), t.get("filters.openToday"), t.get("filters.openTodayTitle"),
                t.format("filters.openTodayIntro", Map.of("date", edition.dates().date(edition.now().date()))),
                place -> edition.availability().of(place).todays().isOpen()));
        for (Audience audience : audiences()) {
            String name = t.get("audience." + audience.code());
            filters.add(new Filter(paths.placesFor(audience.code()), edition.dates().capitalized(name),
                    t.format("filters.audienceTitle", Map.of("audience", name)),
                    t.format("filters.audienceIntro", Map.of("audience", name)),
                    place -> place.audiences().contains(audience)));
        }
        for (String language : languages()) {
            String name = places.languageName(language);
            filters.add(new Filter(paths.placesSpeaking(language), edition.dates().capitalized(name),
                    t.format("filters.languageTitle", Map.of("language", name)),
                    t.format("filters.languageIntro", Map.of("language", name)),
                    place -> place.languages().contains(language)));
        }
        return filters;
    }

    /** Audiences some place names, in the order of the format; "everyone" is no filter. */
    private List<Audience> audiences() {
        Set<Audience> used = new TreeSet<>();
        open().forEach(p -> used.addAll(p.audiences()));
        used.remove(Audience.EVERYONE);
        return List.copyOf(used);
    }

    private List<String> languages() {
        Set<String> used = new TreeSet<>();
        open().forEach(p -> used.addAll(p.languages()));
        return List.copyOf(used);
    }

    /** Places not closed for good: filters help to find a place to go to. */
    private List<Place> open() {
        return edition.content().places().stream().filter(p -> p.status() != PlaceStatus.CLOSED).toList();
    }


    private Link home() {
        return new Link(paths.home(), t.get("nav.home"));
    }

    private List<Link> crumbs() {
        return List.of(home(), new Link(paths.places(), t.get("places.title")));
    }

    private String collection(String path, String title) {
        return jsonLd.webPage("CollectionPage", title, edition.absolute(path));
    }

    private OutputFile placeList() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groups", byArea(edition.content().places()));
        data.put("count", edition.content().places().size());
        data.put("filters", new PlaceFilterView(edition, places, usedServices(), audiences(), languages()).view());
        data.put("stepFree", new Link(paths.stepFreePlaces(),
                t.format("places.stepFreeLink", Map.of("count", String.valueOf(stepFree().size())))));
        return maker.make(new Spec(paths.places(), "pages/places.ftlh", t.get("places.title"), Section.PLACES,
                List.of(home()), collection(paths.places(), t.get("places.title")), null, true, data));
    }

    /** {@code list} in groups by area, in the order of the area names, then those without a known area. */
    private List<Map<String, Object>> byArea(List<Place> list) {
        Map<String, List<Place>> byArea = new LinkedHashMap<>();
        SiteRenderer.areas(edition).values().forEach(name -> byArea.put(name, new ArrayList<>()));
        List<Place> elsewhere = new ArrayList<>();
        for (Place place : list) {
            String area = place.address().area();
            (area != null && byArea.containsKey(area) ? byArea.get(area) : elsewhere).add(place);
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byArea.forEach((name, inArea) -> {
            if (!inArea.isEmpty()) {
                groups.add(group(name, paths.area(PlaceViews.areaSlug(name)), inArea));
            }
        });
        if (!elsewhere.isEmpty()) {
            groups.add(group(t.get("places.otherArea"), null, elsewhere));
        }
        return groups;
    }

    private Map<String, Object> group(String heading, String url, List<Place> list) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("heading", heading);
        group.put("url", url);
        group.put("slug", url == null ? "" : PlaceViews.areaSlug(heading));
        group.put("places", places.cards(list));
        return group;
    }

    /** Places not closed for good that one gets into without steps (by a ramp or lift too). */
    private List<PlaceCard> stepFree() {
        return places.cards(open()).stream().filter(PlaceCard::stepFree).toList();
    }

    private OutputFile stepFreePlaces() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("places", stepFree());
        data.put("total", edition.content().places().size());
        data.put("all", new Link(paths.places(), t.get("home.allPlaces")));
        return maker.make(new Spec(paths.stepFreePlaces(), "pages/step-free.ftlh", t.get("places.stepFreeTitle"),
                Section.PLACES, crumbs(), collection(paths.stepFreePlaces(), t.get("places.stepFreeTitle")), null, true,
                data));
    }

    private OutputFile filtered(Filter filter) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("intro", filter.intro());
        data.put("places", places.cards(open().stream().filter(filter.passes()).toList()));
        data.put("total", edition.content().places().size());
        data.put("all", new Link(paths.places(), t.get("home.allPlaces")));
        return maker.make(new Spec(filter.path(), "pages/filtered-places.ftlh", filter.title(), Section.PLACES,
                crumbs(), collection(filter.path(), filter.title()), null, true, data));
    }

    private OutputFile area(String slug, String name) {
        List<Place> inArea = edition.content().places().stream().filter(p -> name.equals(p.address().area())).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("places", places.cards(inArea));
        return maker.make(new Spec(paths.area(slug), "pages/area.ftlh", name, Section.PLACES, crumbs(),
                collection(paths.area(slug), name), null, true, data));
    }

    /** The places offering a service, by area, so that "this help, near me" takes one page and no script. */
    private OutputFile service(String id) {
        List<Place> offering = Relations.of(edition.relations().placesByService(), id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groups", byArea(offering));
        data.put("count", offering.size());
        String label = edition.serviceLabel(id);
        return maker.make(new Spec(paths.service(id), "pages/service.ftlh", label, Section.PLACES, crumbs(),
                collection(paths.service(id), label), null, true, data));
    }
}
