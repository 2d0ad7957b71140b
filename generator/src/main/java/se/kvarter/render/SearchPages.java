package se.kvarter.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Page;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;

/**
 * Site search: an index built at build time ({@code sok/index.json}) that the site's script
 * searches as the resident types, and the search page itself, which without JavaScript lists
 * every page to search among, by kind. The index holds titles, short texts and the words a
 * resident would search by (area, services), never whole bodies, so that it stays small on a
 * cheap phone; of the news only the latest are in it, the news list has the rest.
 */
final class SearchPages {

    /** How many of the latest news the index and the search page hold. */
    static final int NEWS_IN_INDEX = 50;

    private final EditionContext edition;
    private final PageMaker maker;
    private final ObjectMapper json;
    private final List<String> services;
    private final SitePaths paths;
    private final UiText t;

    private final JsonLd jsonLd;

    SearchPages(EditionContext edition, PageMaker maker, ObjectMapper json, JsonLd jsonLd, List<String> services) {
        this.jsonLd = jsonLd;
        this.edition = edition;
        this.maker = maker;
        this.json = json;
        this.services = services;
        this.paths = edition.paths();
        this.t = edition.text();
    }

    /** One thing to find: what it is called, where it is, what kind it is, a short text, words to match. */
    public record Entry(String title, String url, String kind, String text, String terms, String lang) {
    }

    /** The entries of one kind, under a heading of the search page. */
    record Group(String heading, List<Entry> entries) {
    }

    List<PageJob> jobs() {
        Set<String> everything = Set.of("place:*", "event:*", "news:*", "news-order", "page:*", "org:*");
        return List.of(new PageJob(paths.search(), everything, this::page),
                new PageJob(paths.searchIndex(), everything, this::index));
    }

    private List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        add(groups, "search.kindPlace", edition.content().places().stream().map(this::place).toList());
        add(groups, "search.kindService", services.stream()
                .map(id -> new Entry(edition.serviceLabel(id), paths.service(id), t.get("search.kindService"), null, id, null))
                .toList());
        List<Entry> areas = new ArrayList<>();
        SiteRenderer.areas(edition).forEach((slug, name) ->
                areas.add(new Entry(name, paths.area(slug), t.get("search.kindArea"), null, null, null)));
        add(groups, "search.kindArea", areas);
        add(groups, "search.kindEvent", edition.content().events().stream().map(this::event).toList());
        add(groups, "search.kindPage", edition.content().pages().stream().map(this::page).toList());
        add(groups, "search.kindOrganization", edition.content().organizations().stream().map(this::organization).toList());
        List<NewsArticle> news = edition.listedNews();
        add(groups, "search.latestNews", news.subList(0, Math.min(NEWS_IN_INDEX, news.size())).stream()
                .map(this::article).toList());
        return groups;
    }

    private static void add(List<Group> groups, String headingKey, List<Entry> entries) {
        if (!entries.isEmpty()) {
            groups.add(new Group(headingKey, entries));
        }
    }

    private Entry place(Place place) {
        List<String> terms = new ArrayList<>();
        if (place.address().area() != null) {
            terms.add(place.address().area());
        }
        if (place.address().street() != null) {
            terms.add(place.address().street());
        }
        place.services().forEach(id -> terms.add(edition.serviceLabel(id)));
        terms.add(t.get("placeType." + place.type().code()));
        return new Entry(place.name(), paths.place(place.id()), t.get("search.kindPlace"), place.summary(),
                String.join(" ", terms), edition.otherLanguage(place.language(), place.untranslated(), "name"));
    }

    private Entry event(Event event) {
        Place place = event.place() == null ? null : edition.places().get(event.place());
        return new Entry(event.title(), paths.event(event.id()), t.get("search.kindEvent"), event.summary(),
                place == null ? null : place.name(), edition.otherLanguage(event.language(), event.untranslated(), "title"));
    }

    private Entry page(Page page) {
        return new Entry(page.title(), paths.page(page.id()), t.get("search.kindPage"), page.summary(), null,
                edition.otherLanguage(page.language(), page.untranslated(), "title"));
    }

    private Entry organization(Organization organization) {
        return new Entry(organization.name(), paths.organization(organization.id()), t.get("search.kindOrganization"),
                null, null, edition.otherLanguage(organization.language()));
    }

    private Entry article(NewsArticle article) {
        return new Entry(article.title(), paths.article(article.id()), t.get("search.kindNews"), article.summary(),
                edition.dates().date(article.date()), edition.otherLanguage(article.language(), article.untranslated(), "title"));
    }

    private OutputFile index() {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Group group : groups()) {
            for (Entry entry : group.entries()) {
                Map<String, String> item = new LinkedHashMap<>();
                item.put("title", entry.title());
                item.put("url", entry.url());
                item.put("kind", entry.kind());
                if (entry.text() != null) {
                    item.put("text", entry.text());
                }
                if (entry.terms() != null) {
                    item.put("terms", entry.terms());
                }
                if (entry.lang() != null) {
                    item.put("lang", entry.lang());
                }
                entries.add(item);
            }
        }
        try {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("language", edition.language());
            index.put("entries", entries);
            return OutputFile.text(paths.outputFile(paths.searchIndex()), json.writeValueAsString(index));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index is made of strings only", e);
        }
    }

    /**
     * A group of the page's list for those without JavaScript. A kind with more entries than a
     * page of a list holds (a city's places and events) is a link to its own list instead, so
     * that the search page does not grow with the city.
     */
    private Map<String, Object> pageGroup(Group group) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("heading", t.get(group.heading()));
        view.put("id", group.heading().substring("search.".length()));
        Link list = switch (group.heading()) {
            case "search.kindPlace" -> new Link(paths.places(), t.get("home.allPlaces"));
            case "search.kindEvent" -> new Link(paths.events(), t.get("home.allEvents"));
            default -> null;
        };
        boolean tooLong = list != null && group.entries().size() > Pagination.PER_PAGE;
        view.put("entries", tooLong ? List.of() : group.entries());
        if (tooLong) {
            view.put("list", list);
        }
        return view;
    }

    private OutputFile page() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("groups", groups().stream().map(this::pageGroup).collect(Collectors.toList()));
        data.put("index", paths.searchIndex());
        data.put("allNews", new Link(paths.news(1), t.get("home.allNews")));
        return maker.make(new Spec(paths.search(), "pages/search.ftlh", t.get("search.title"), Section.OTHER,
                List.of(new Link(paths.home(), t.get("nav.home"))),
                jsonLd.webPage("SearchResultsPage", t.get("search.title"), edition.absolute(paths.search())), null, true,
                data));
    }
}
