package se.kvarter.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageData.AreaGroup;
import se.kvarter.render.PageData.Narrowed;
import se.kvarter.render.PageData.PlaceListPage;
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
    private final ObjectMapper json;

    PlaceListPages(EditionContext edition, PageMaker maker, PlaceViews places, JsonLd jsonLd, ObjectMapper json) {
        this.edition = edition;
        this.maker = maker;
        this.places = places;
        this.jsonLd = jsonLd;
        this.paths = edition.paths();
        this.t = edition.text();
        this.json = json;
    }

    /** A static filter of the places list: its page, its name in a list of filters, and who passes. */
    private record Filter(String path, String label, String title, String intro, Predicate<Place> passes) {
    }

    /**
     * A list of places on one or more pages of {@link Pagination#PER_PAGE}: its first page's path,
     * template, title and what its template shows besides the places of the page: the filters and the
     * step-free link of the places list, what a filtered list says of itself (each null on the others).
     */
    private record PlaceList(String first, String template, String title, List<Link> crumbs, List<Place> places,
                             PlaceFilterView.Filters filters, Link stepFree, Narrowed narrowed, int perPage) {

        PlaceList(String first, String template, String title, List<Link> crumbs, List<Place> places,
                  Narrowed narrowed) {
            this(first, template, title, crumbs, places, null, null, narrowed, Pagination.PER_PAGE);
        }
    }

    /**
     * Places on a page of the places list: fewer than on other lists, because its first page also
     * carries the filters and must stay under 30 KB.
     */
    static final int PLACES_LIST_PER_PAGE = 10;

    /** The places list, the area and service pages, and one page per filter; each depends on every place. */
    List<PageJob> jobs() {
        List<PlaceList> lists = new ArrayList<>();
        lists.add(placeList());
        lists.add(stepFreePlaces());
        for (Filter filter : filters()) {
            lists.add(filtered(filter));
        }
        SiteRenderer.areas(edition).forEach((slug, name) -> lists.add(area(slug, name)));
        for (String service : usedServices()) {
            lists.add(service(service));
        }
        List<PageJob> jobs = new ArrayList<>();
        for (PlaceList list : lists) {
            for (Pagination page : Pagination.of(list.first(), list.places().size(), list.perPage())) {
                jobs.add(new PageJob(page.ownPath(), Set.of("place:*"), () -> render(list, page)));
            }
            if (wholeListFetched(list)) {
                String path = WholeList.path(list.first());
                jobs.add(new PageJob(path, Set.of("place:*"), () -> OutputFile.text(paths.outputFile(path),
                        WholeList.json(list.places().stream().map(places::card).toList(), json))));
            }
        }
        return jobs;
    }

    /**
     * Whether "near me" and "choose a time" read the list's places from a file ({@link WholeList}):
     * where the list is cut into pages and offers them (the places list and the area pages).
     */
    private static boolean wholeListFetched(PlaceList list) {
        return Pagination.pageCount(list.places().size(), list.perPage()) > 1
                && (list.template().equals("pages/places.ftlh") || list.template().equals("pages/area.ftlh"));
    }

    /** One page of a list: its places, as cards and by area, and links to the list's other pages. */
    private OutputFile render(PlaceList list, Pagination page) {
        List<Place> onPage = page.slice(list.places());
        // "near me" sorts the list's places where some place has a position: the cards of the page
        // when it holds the whole list, else the places of the list's file, fetched on the first press
        boolean nearMe = list.places().stream().anyMatch(p -> p.location().geo() != null);
        PlaceListPage data = new PlaceListPage(list.title(), list.places().size(), page.pageCount() == 1, nearMe,
                places.cards(onPage), byArea(onPage), page.view(), list.filters(), list.stepFree(), list.narrowed(),
                wholeListFetched(list) ? WholeList.path(list.first()) : null);
        String title = page.page() == 1 ? list.title() : t.format("list.titlePage", Map.of("title", list.title(),
                "page", String.valueOf(page.page()), "count", String.valueOf(page.pageCount())));
        List<Link> crumbs = new ArrayList<>(list.crumbs());
        if (page.page() > 1) {
            crumbs.add(new Link(list.first(), list.title()));
        }
        return maker.make(new Spec(page.ownPath(), list.template(), title, Section.PLACES, crumbs,
                collection(page.ownPath(), title), null, true, data));
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
                    place -> place.about().audiences().contains(audience)
                            || audience != Audience.STAFF && place.about().audiences().contains(Audience.EVERYONE)));
        }
        for (String language : languages()) {
            String name = places.languageName(language);
            filters.add(new Filter(paths.placesSpeaking(language), edition.dates().capitalized(name),
                    t.format("filters.languageTitle", Map.of("language", name)),
                    t.format("filters.languageIntro", Map.of("language", name)),
                    place -> place.about().languages().contains(language)));
        }
        return filters;
    }

    /** Audiences some place names, in the order of the format; "everyone" is no filter: such a place is under each (but staff's). */
    private List<Audience> audiences() {
        Set<Audience> used = new TreeSet<>();
        open().forEach(p -> used.addAll(p.about().audiences()));
        used.remove(Audience.EVERYONE);
        return List.copyOf(used);
    }

    private List<String> languages() {
        Set<String> used = new TreeSet<>();
        open().forEach(p -> used.addAll(p.about().languages()));
        return List.copyOf(used);
    }

    /** Places not closed for good: filters help to find a place to go to. */
    private List<Place> open() {
        return edition.content().places().stream().filter(p -> p.availability().status() != PlaceStatus.CLOSED).toList();
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

    private PlaceList placeList() {
        return new PlaceList(paths.places(), "pages/places.ftlh", t.get("places.title"), List.of(home()),
                inAreaOrder(places.sorted(edition.content().places())),
                new PlaceFilterView(edition, places, usedServices(), audiences(), languages()).view(),
                new Link(paths.stepFreePlaces(),
                        t.format("places.stepFreeLink", Map.of("count", String.valueOf(stepFreeOnes().size())))),
                null, PLACES_LIST_PER_PAGE);
    }

    /** {@code list} in the order of the area names, then those without a known area; by name within an area. */
    private List<Place> inAreaOrder(List<Place> list) {
        List<Place> ordered = new ArrayList<>();
        byAreaName(list).values().forEach(ordered::addAll);
        return ordered;
    }

    /** {@code list} in groups by area name, in the order of the area names; those without a known area under null. */
    private Map<String, List<Place>> byAreaName(List<Place> list) {
        Map<String, List<Place>> byArea = new LinkedHashMap<>();
        SiteRenderer.areas(edition).values().forEach(name -> byArea.put(name, new ArrayList<>()));
        List<Place> elsewhere = new ArrayList<>();
        for (Place place : list) {
            String area = place.location().address().area();
            (area != null && byArea.containsKey(area) ? byArea.get(area) : elsewhere).add(place);
        }
        byArea.values().removeIf(List::isEmpty);
        if (!elsewhere.isEmpty()) {
            byArea.put(null, elsewhere);
        }
        return byArea;
    }

    /** {@code list} in groups by area, in the order of the area names, then those without a known area. */
    private List<AreaGroup> byArea(List<Place> list) {
        List<AreaGroup> groups = new ArrayList<>();
        byAreaName(list).forEach((name, inArea) -> groups.add(name == null
                ? group(t.get("places.otherArea"), null, inArea)
                : group(name, paths.area(PlaceViews.areaSlug(name)), inArea)));
        return groups;
    }

    private AreaGroup group(String heading, String url, List<Place> list) {
        return new AreaGroup(heading, url, url == null ? "" : PlaceViews.areaSlug(heading), places.cards(list));
    }

    /** Places not closed for good that one gets into without steps (by a ramp or lift too). */
    private List<Place> stepFreeOnes() {
        return open().stream().filter(p -> switch (p.accessibility().entrance()) {
            case STEP_FREE, RAMP, LIFT -> true;
            default -> false;
        }).toList();
    }

    private PlaceList stepFreePlaces() {
        return new PlaceList(paths.stepFreePlaces(), "pages/step-free.ftlh", t.get("places.stepFreeTitle"), crumbs(),
                places.sorted(stepFreeOnes()), narrowed(null));
    }

    private PlaceList filtered(Filter filter) {
        return new PlaceList(filter.path(), "pages/filtered-places.ftlh", filter.title(), crumbs(),
                places.sorted(open().stream().filter(filter.passes()).toList()), narrowed(filter.intro()));
    }

    /** What a list of some of the places says of itself and of all places. */
    private Narrowed narrowed(String intro) {
        return new Narrowed(intro, edition.content().places().size(), new Link(paths.places(), t.get("home.allPlaces")));
    }

    private PlaceList area(String slug, String name) {
        List<Place> inArea = edition.content().places().stream()
                .filter(p -> name.equals(p.location().address().area())).toList();
        return new PlaceList(paths.area(slug), "pages/area.ftlh", name, crumbs(), places.sorted(inArea), (Narrowed) null);
    }

    /** The places offering a service, by area, so that "this help, near me" takes a page and no script. */
    private PlaceList service(String id) {
        List<Place> offering = Relations.of(edition.relations().placesByService(), id);
        return new PlaceList(paths.service(id), "pages/service.ftlh", edition.serviceLabel(id), crumbs(),
                inAreaOrder(places.sorted(offering)), (Narrowed) null);
    }

    /** A list of places that the site search finds: where it is, its title and its introduction. */
    record Listed(String url, String title, String intro) {
    }

    /** The lists the site search finds besides places, areas and services: step-free entrances and each filter. */
    List<Listed> listed() {
        List<Listed> listed = new ArrayList<>(List.of(new Listed(paths.stepFreePlaces(), t.get("places.stepFreeTitle"),
                t.get("places.stepFreeIntro"))));
        filters().forEach(filter -> listed.add(new Listed(filter.path(), filter.title(), filter.intro())));
        return listed;
    }
}
