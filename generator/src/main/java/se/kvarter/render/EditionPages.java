package se.kvarter.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import se.kvarter.hours.Recurrence;
import se.kvarter.model.Dataset;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Page;
import se.kvarter.model.Place;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageData.AccessibilityPage;
import se.kvarter.render.PageData.ArticlePage;
import se.kvarter.render.PageData.EventPage;
import se.kvarter.render.PageData.EventsPage;
import se.kvarter.render.PageData.HomePage;
import se.kvarter.render.PageData.NewsPage;
import se.kvarter.render.PageData.NotFoundPage;
import se.kvarter.render.PageData.OpenDataPage;
import se.kvarter.render.PageData.OrganizationPage;
import se.kvarter.render.PageData.PlacePage;
import se.kvarter.render.PageData.RedirectPage;
import se.kvarter.render.PageData.TextPage;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;

/** The pages of one language's edition, as jobs that each render one page. */
final class EditionPages {

    static final int HOME_LIST_LENGTH = 5;

    /**
     * The events and news on a place's page: the next and the newest three. At a city's size every
     * place is in the news several times, and five cards of each took a place page over 30 KB.
     */
    static final int PLACE_LIST_LENGTH = 3;

    private final EditionContext edition;
    private final PageMaker maker;
    private final PlaceViews places;
    private final EventViews events;
    private final NewsViews news;
    private final JsonLd jsonLd;
    private final SitePaths paths;
    private final UiText t;
    private final Supplier<List<Dataset>> datasets;
    private final PlaceListPages placeLists;
    private final ObjectMapper json;
    private final PosterPage poster;

    /**
     * @param beside the editions in whose language the edition's posters are also printed, beside its own
     */
    EditionPages(EditionContext edition, PageMaker maker, ObjectMapper json, Supplier<List<Dataset>> datasets,
                 List<EditionContext> beside) {
        this.datasets = datasets;
        this.edition = edition;
        this.maker = maker;
        this.places = new PlaceViews(edition);
        this.events = new EventViews(edition);
        this.news = new NewsViews(edition);
        this.jsonLd = new JsonLd(json, edition);
        this.paths = edition.paths();
        this.t = edition.text();
        this.placeLists = new PlaceListPages(edition, maker, places, jsonLd, json);
        this.json = json;
        this.poster = new PosterPage(edition, maker, places, jsonLd, beside);
    }

    /** Every page of the edition, each with what it shows. */
    List<PageJob> jobs() {
        List<PageJob> jobs = new ArrayList<>();
        jobs.add(job(paths.home(), this::startPage, "place:*", "event:*", "news:*", "news-order"));
        jobs.addAll(placeLists.jobs());
        // The search index's manifest early, since making it builds the whole index (every page's
        // text) on one thread while the others render pages; the search page and the index's parts
        // last, when the index is there: made before it, they would wait for it, holding threads.
        List<PageJob> search = new SearchPages(edition, maker, json, jsonLd, placeLists.usedServices(),
                placeLists.listed()).jobs();
        jobs.add(search.get(SearchPages.MANIFEST));
        for (Place place : edition.content().places()) {
            jobs.addAll(placePages(place));
        }
        int upcoming = events.upcomingCards(edition.content().events()).size();
        for (Pagination page : Pagination.of(paths.events(), upcoming, Pagination.PER_PAGE)) {
            jobs.add(job(page.ownPath(), () -> eventList(page), "event:*", "place:*"));
        }
        for (Event event : edition.content().events()) {
            jobs.add(eventPage(event));
        }
        List<NewsArticle> listed = edition.listedNews();
        int perPage = edition.site().settings().newsPerPage();
        int pageCount = Math.max(1, (listed.size() + perPage - 1) / perPage);
        for (int page = 1; page <= pageCount; page++) {
            int number = page;
            Set<String> keys = new HashSet<>(List.of("news-order"));
            listed.subList((page - 1) * perPage, Math.min(listed.size(), page * perPage))
                    .forEach(n -> keys.add("news:" + n.id()));
            jobs.add(new PageJob(paths.news(page), keys, () -> newsList(listed, number, pageCount, perPage)));
        }
        for (NewsArticle article : edition.content().news()) {
            jobs.add(articlePage(article));
        }
        for (Page page : edition.content().pages()) {
            jobs.add(job(paths.page(page.id()), () -> page(page), "page:" + page.id()));
        }
        for (Organization organization : edition.content().organizations()) {
            jobs.add(organizationPage(organization));
        }
        if (!edition.pages().containsKey("tillganglighet")) {
            jobs.add(job(paths.accessibility(), this::accessibility));
        }
        jobs.add(job(paths.openData(), this::openData, "place:*", "event:*", "news:*", "news-order", "org:*"));
        if (edition.isDefaultLanguage()) {
            jobs.add(job(paths.basePath() + "404.html", this::notFound));
            for (Place place : edition.content().places()) {
                jobs.addAll(redirects(place));
            }
        }
        for (int i = 0; i < search.size(); i++) {
            if (i != SearchPages.MANIFEST) {
                jobs.add(search.get(i));
            }
        }
        return jobs;
    }

    /**
     * The pages that are an entry's own (its page; a place's poster and old addresses too), by the
     * entry's key ({@code place:kallaren}); none for an entry this edition does not show. The same
     * jobs as in {@link #jobs()}: the dev server makes them first after an edit.
     */
    List<PageJob> jobsOf(String entry) {
        int colon = entry.indexOf(':');
        String id = entry.substring(colon + 1);
        switch (entry.substring(0, Math.max(colon, 0))) {
            case "place" -> {
                Place place = edition.places().get(id);
                if (place == null) {
                    return List.of();
                }
                List<PageJob> jobs = new ArrayList<>(placePages(place));
                if (edition.isDefaultLanguage()) {
                    jobs.addAll(redirects(place));
                }
                return jobs;
            }
            case "event" -> {
                return edition.events().containsKey(id) ? List.of(eventPage(edition.events().get(id))) : List.of();
            }
            case "news" -> {
                return edition.news().containsKey(id) ? List.of(articlePage(edition.news().get(id))) : List.of();
            }
            case "org" -> {
                Organization organization = edition.organizations().get(id);
                return organization == null ? List.of() : List.of(organizationPage(organization));
            }
            default -> {
                return List.of();
            }
        }
    }

    private List<PageJob> placePages(Place place) {
        Set<String> keys = placeKeys(place);
        // The poster shows a part of the place's page (its view of the place is the page's): it
        // depends on what the page does.
        List<PageJob> jobs = new ArrayList<>(List.of(
                new PageJob(paths.place(place.id()), keys, () -> place(place), "place:" + place.id()),
                new PageJob(paths.poster(place.id()), keys, () -> poster.make(place), "place:" + place.id())));
        for (String language : poster.besideLanguages()) {
            jobs.add(new PageJob(paths.poster(place.id(), language), keys, () -> poster.make(place, language),
                    "place:" + place.id()));
        }
        return jobs;
    }

    /** Pages at a place's old addresses that send visitors on to its page. */
    private List<PageJob> redirects(Place place) {
        return place.entry().aliases().stream()
                .map(alias -> new PageJob(paths.basePath() + alias, Set.of("place:" + place.id()),
                        () -> redirect(paths.basePath() + alias, paths.place(place.id()), place.name()),
                        "place:" + place.id()))
                .toList();
    }

    private PageJob eventPage(Event event) {
        return new PageJob(paths.event(event.id()), Set.of("event:" + event.id(), "place:" + event.place(),
                "org:" + event.organization()), () -> event(event), "event:" + event.id());
    }

    private PageJob articlePage(NewsArticle article) {
        Set<String> keys = new HashSet<>(List.of("news:" + article.id()));
        article.places().forEach(id -> keys.add("place:" + id));
        return new PageJob(paths.article(article.id()), keys, () -> article(article), "news:" + article.id());
    }

    private PageJob organizationPage(Organization organization) {
        return new PageJob(paths.organization(organization.id()), Set.of("org:" + organization.id(), "place:*",
                "event:*"), () -> organization(organization), "org:" + organization.id());
    }

    /** What a place's page shows: the place, its organisations, the events there and the news about it. */
    private Set<String> placeKeys(Place place) {
        Set<String> keys = new HashSet<>(List.of("place:" + place.id(), "news-order"));
        keys.add("org:" + place.runBy().organization());
        place.runBy().partners().forEach(id -> keys.add("org:" + id));
        Relations.of(edition.relations().eventsByPlace(), place.id()).forEach(e -> keys.add("event:" + e.id()));
        Relations.of(edition.relations().newsByPlace(), place.id()).forEach(n -> keys.add("news:" + n.id()));
        keys.add("place:" + place.availability().replacedBy());
        return keys;
    }

    private static PageJob job(String path, Supplier<OutputFile> render, String... keys) {
        return new PageJob(path, Set.copyOf(Arrays.asList(keys)), render);
    }

    private Link home() {
        return new Link(paths.home(), t.get("nav.home"));
    }

    private OutputFile startPage() {
        List<Link> areas = new ArrayList<>();
        SiteRenderer.areas(edition).forEach((slug, name) -> areas.add(new Link(paths.area(slug), name)));
        List<Link> services = placeLists.usedServices().stream()
                .map(id -> new Link(paths.service(id), edition.serviceLabel(id))).toList();
        List<PlaceCard> openToday = places.cards(edition.content().places()).stream().filter(card -> card.availability().openToday()).toList();
        // the description's language where the edition's has none, as the title's (layout.site.lang)
        String descriptionLang = edition.site().settings().hasDescriptionIn(edition.language()) ? null
                : edition.site().settings().language();
        // a few of each, so that the start page does not grow with the city; the rest are one link away
        HomePage data = new HomePage(edition.site().settings().description(edition.language()), descriptionLang,
                areas, services, first(openToday), new Link(paths.placesOpenToday(),
                        t.format("home.allOpenToday", Map.of("count", String.valueOf(openToday.size())))),
                first(events.publicFirst(edition.content().events())), first(news.cards(edition.listedNews())),
                edition.dates().date(edition.now().date()));
        return maker.make(new Spec(paths.home(), "pages/index.ftlh", edition.site().settings().title(edition.language()), Section.HOME,
                List.of(), jsonLd.website(), null, true, data));
    }

    /** JSON-LD of a page that lists entries. */
    private String collection(String path, String title) {
        return jsonLd.webPage("CollectionPage", title, edition.absolute(path));
    }

    /** JSON-LD of a page of text. */
    private String textPage(String path, String title) {
        return jsonLd.webPage("WebPage", title, edition.absolute(path));
    }

    private static <T> List<T> first(List<T> items) {
        return first(items, HOME_LIST_LENGTH);
    }

    private static <T> List<T> first(List<T> items, int length) {
        return items.subList(0, Math.min(length, items.size()));
    }

    private OutputFile place(Place place) {
        List<EventCard> here = events.upcomingCards(Relations.of(edition.relations().eventsByPlace(), place.id()));
        List<ArticleCard> related = news.cards(Relations.of(edition.relations().newsByPlace(), place.id()));
        // the newest few: a place in the news every week would otherwise make its page grow for ever
        PlacePage data = new PlacePage(
                places.view(place, first(here, PLACE_LIST_LENGTH), first(related, PLACE_LIST_LENGTH)), poster.pairs(place),
                here.size() > PLACE_LIST_LENGTH ? new Link(paths.events(), t.get("home.allEvents")) : null,
                related.size() > PLACE_LIST_LENGTH ? new Link(paths.news(1), t.get("home.allNews")) : null);
        return maker.make(new Spec(paths.place(place.id()), "pages/place.ftlh", place.name(), Section.PLACES,
                List.of(home(), new Link(paths.places(), t.get("places.title"))),
                jsonLd.place(place, new SchemaOrgHours(edition).of(place)), place.about().summary(),
                place.entry().language().equals(edition.language()), data)
                .from(place.entry().at().file()));
    }

    private OutputFile eventList(Pagination pagination) {
        EventsPage data = new EventsPage(pagination.slice(events.upcomingCards(edition.content().events())),
                pagination.view());
        String path = pagination.ownPath();
        String title = pagination.page() == 1 ? t.get("events.title") : t.format("list.titlePage", Map.of(
                "title", t.get("events.title"), "page", String.valueOf(pagination.page()),
                "count", String.valueOf(pagination.pageCount())));
        return maker.make(new Spec(path, "pages/events.ftlh", title, Section.EVENTS,
                pagination.page() == 1 ? List.of(home()) : List.of(home(), new Link(paths.events(), t.get("events.title"))),
                collection(path, title), null, true, data));
    }

    private OutputFile event(Event event) {
        EventPage data = new EventPage(events.view(event));
        List<Recurrence.Occurrence> upcoming = events.upcoming(event);
        List<Recurrence.Occurrence> all = Recurrence.occurrences(event);
        Recurrence.Occurrence shown = !upcoming.isEmpty() ? upcoming.get(0)
                : !all.isEmpty() ? all.get(all.size() - 1) : new Recurrence.Occurrence(event.start(), event.end());
        return maker.make(new Spec(paths.event(event.id()), "pages/event.ftlh", event.title(), Section.EVENTS,
                List.of(home(), new Link(paths.events(), t.get("events.title"))),
                jsonLd.event(event, shown), event.summary(),
                event.language().equals(edition.language()), data).from(event.at().file()));
    }

    private OutputFile newsList(List<NewsArticle> listed, int page, int pageCount, int perPage) {
        Pagination pagination = new Pagination(page, pageCount, perPage, paths::news);
        NewsPage data = new NewsPage(news.cards(pagination.slice(listed)), pagination.view());
        String title = page == 1 ? t.get("news.title")
                : t.format("news.titlePage", Map.of("page", String.valueOf(page), "count", String.valueOf(pageCount)));
        return maker.make(new Spec(paths.news(page), "pages/news.ftlh", title, Section.NEWS,
                page == 1 ? List.of(home()) : List.of(home(), new Link(paths.news(1), t.get("news.title"))),
                collection(paths.news(page), title), null, true, data));
    }

    private OutputFile article(NewsArticle article) {
        ArticlePage data = new ArticlePage(news.view(article));
        return maker.make(new Spec(paths.article(article.id()), "pages/article.ftlh", article.title(), Section.NEWS,
                List.of(home(), new Link(paths.news(1), t.get("news.title"))), jsonLd.article(article),
                article.summary(), article.language().equals(edition.language()), data).from(article.at().file()));
    }

    private OutputFile page(Page page) {
        TextPage data = new TextPage(new PageData.Text(page.bodyHtml(), page.summary() == null ? "" : page.summary(),
                edition.otherLanguage(page.language(), page.untranslated(), "title"),
                edition.otherLanguage(page.language(), page.untranslated(), "summary"),
                edition.otherLanguage(page.language(), page.untranslated(), "body")));
        return maker.make(new Spec(paths.page(page.id()), "pages/page.ftlh", page.title(), Section.OTHER,
                List.of(home()), textPage(paths.page(page.id()), page.title()), page.summary(), page.language().equals(edition.language()), data)
                .from(page.at().file()));
    }

    private OutputFile organization(Organization organization) {
        String id = organization.id();
        OrganizationPage data = new OrganizationPage(new OrganizationView(organization.name(),
                organization.description(), organization.url(), organization.email(),
                edition.otherLanguage(organization.language(), organization.untranslated(), "description")),
                places.cards(Relations.of(edition.relations().placesByOrganization(), id)),
                places.cards(Relations.of(edition.relations().placesByPartner(), id)),
                events.upcomingCards(Relations.of(edition.relations().eventsByOrganization(), id)));
        return maker.make(new Spec(paths.organization(id), "pages/organization.ftlh", organization.name(), Section.OTHER,
                List.of(home()), jsonLd.organization(organization), organization.description(),
                organization.language().equals(edition.language()), data).from(organization.at().file()));
    }

    private OutputFile accessibility() {
        AccessibilityPage data = new AccessibilityPage(new AccessibilityView(edition).view());
        return maker.make(new Spec(paths.accessibility(), "pages/accessibility.ftlh", t.get("accessibility.title"),
                Section.OTHER, List.of(home()), textPage(paths.accessibility(), t.get("accessibility.title")), null, true, data));
    }

    private OutputFile openData() {
        String base = edition.site().settings().baseUrl();
        OpenDataPage data = new OpenDataPage(edition.site().settings().dataLicense(), datasets.get().stream().map(d -> new OpenDataView(d.title(edition.language()),
                d.description(edition.language()),
                d.titles().containsKey(edition.language()) ? null : edition.otherLanguage("sv"), base + d.path(), d.format(),
                d.schema() == null ? null : base + d.schema(),
                d.format().equals("text/calendar") ? edition.webcal(edition.paths().root(d.path())) : null,
                d.example())).toList(), base + "api/v1/index.json");
        return maker.make(new Spec(paths.openData(), "pages/open-data.ftlh", t.get("openData.title"), Section.OTHER,
                List.of(home()), textPage(paths.openData(), t.get("openData.title")), null, true, data));
    }

    private OutputFile notFound() {
        return maker.make(new Spec(paths.basePath() + "404.html", "pages/404.ftlh", t.get("notFound.title"),
                Section.OTHER, List.of(), null, null, true, new NotFoundPage()));
    }

    private OutputFile redirect(String from, String to, String name) {
        RedirectPage data = new RedirectPage(to, edition.absolute(to), name);
        return maker.make(new Spec(from, "pages/redirect.ftlh", name, Section.OTHER, List.of(), null, null, true, data));
    }
}
