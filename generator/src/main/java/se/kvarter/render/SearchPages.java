package se.kvarter.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;
import se.kvarter.render.SearchDocuments.Kind;
import se.kvarter.render.SearchIndex.Document;

/**
 * Site search: the full-text index of the edition, made at build time and split into small files
 * ({@link SearchIndex}) that the search page's script fetches as the resident types, and the
 * search page itself, which without JavaScript says what it cannot do and lists the ways to a
 * page that work without it. The index and the page read the same pages ({@link SearchDocuments}),
 * once per edition, whichever of their jobs runs first.
 */
final class SearchPages {

    /** How many of the latest news the search page lists without JavaScript (the index has them all, the news list too). */
    static final int NEWS_ON_PAGE = 10;

    private final EditionContext edition;
    private final PageMaker maker;
    private final ObjectMapper json;
    private final SitePaths paths;
    private final UiText t;
    private final JsonLd jsonLd;
    private final SearchDocuments documents;
    private List<Kind> kinds;
    private SearchIndex.Files index;

    SearchPages(EditionContext edition, PageMaker maker, ObjectMapper json, JsonLd jsonLd, List<String> services,
                List<PlaceListPages.Listed> lists) {
        this.jsonLd = jsonLd;
        this.edition = edition;
        this.maker = maker;
        this.json = json;
        this.paths = edition.paths();
        this.t = edition.text();
        this.documents = new SearchDocuments(edition, services, lists);
    }

    /** Where {@link #jobs()} has the job of the index's manifest, which builds the index. */
    static final int MANIFEST = 1;

    /** The search page, the index's manifest (at {@link #MANIFEST}) and each of its parts. */
    List<PageJob> jobs() {
        Set<String> everything = Set.of("place:*", "event:*", "news:*", "news-order", "page:*", "org:*");
        List<PageJob> jobs = new ArrayList<>(List.of(new PageJob(paths.search(), everything, this::page),
                new PageJob(paths.searchIndex(), everything, () -> file(paths.searchIndex(), index().manifest()))));
        SearchIndex.PartCounts counts = SearchIndex.partCounts(documents.count());
        parts(jobs, everything, "sidor/", counts.pages(), SearchIndex.Files::pages);
        parts(jobs, everything, "ord/", counts.words(), SearchIndex.Files::words);
        parts(jobs, everything, "traffar/", counts.stems(), SearchIndex.Files::stems);
        return jobs;
    }

    /** Part files are named by number in a folder beside the manifest, which the script reads them from. */
    private void parts(List<PageJob> jobs, Set<String> keys, String folder, int count, Function<SearchIndex.Files, List<String>> of) {
        for (int i = 0; i < count; i++) {
            int part = i;
            String path = paths.search() + folder + part + ".json";
            jobs.add(new PageJob(path, keys, () -> file(path, of.apply(index()).get(part))));
        }
    }

    private OutputFile file(String path, String text) {
        return OutputFile.text(paths.outputFile(path), text);
    }

    private synchronized List<Kind> kinds() {
        if (kinds == null) {
            kinds = documents.kinds();
        }
        return kinds;
    }

    private synchronized SearchIndex.Files index() {
        if (index == null) {
            List<Document> all = kinds().stream().flatMap(kind -> kind.documents().stream()).toList();
            index = SearchIndex.build(edition.language(), all, json);
        }
        return index;
    }

    /**
     * A group of the page's list for those without JavaScript. A kind with more entries than a
     * page of a list holds (a city's places and events) is a link to its own list instead, so
     * that the search page does not grow with the city; of the news only the latest are listed.
     */
    private PageData.SearchGroup pageGroup(Kind kind) {
        boolean news = kind.headingKey().equals("search.kindNews");
        String heading = news ? "search.latestNews" : kind.headingKey();
        Link list = switch (kind.headingKey()) {
            case "search.kindPlace" -> new Link(paths.places(), t.get("home.allPlaces"));
            case "search.kindEvent" -> new Link(paths.events(), t.get("home.allEvents"));
            default -> null;
        };
        List<Document> entries = kind.documents();
        boolean tooLong = list != null && entries.size() > Pagination.PER_PAGE;
        return new PageData.SearchGroup(t.get(heading), heading.substring("search.".length()),
                tooLong ? List.of() : news ? entries.subList(0, Math.min(NEWS_ON_PAGE, entries.size())) : entries,
                tooLong ? list : null);
    }

    private OutputFile page() {
        // the lists of places by filter are on the places list, which the page leads to
        List<PageData.SearchGroup> groups = kinds().stream().filter(kind -> !kind.headingKey().equals("search.kindList"))
                .map(this::pageGroup).collect(Collectors.toList());
        // the ways to a page that work without JavaScript: the places list with its filters, and
        // the areas and services further down this page
        List<Link> ways = new ArrayList<>(List.of(new Link(paths.places(), t.get("search.wayPlaces"))));
        for (Kind kind : kinds()) {
            if (kind.headingKey().equals("search.kindArea")) {
                ways.add(new Link(paths.search() + "#sok-kindArea", t.get("search.wayAreas")));
            } else if (kind.headingKey().equals("search.kindService")) {
                ways.add(new Link(paths.search() + "#sok-kindService", t.get("search.wayServices")));
            }
        }
        PageData.SearchPage data = new PageData.SearchPage(groups, paths.searchIndex(),
                new Link(paths.news(1), t.get("home.allNews")), ways);
        return maker.make(new Spec(paths.search(), "pages/search.ftlh", t.get("search.title"), Section.OTHER,
                List.of(new Link(paths.home(), t.get("nav.home"))),
                jsonLd.webPage("SearchResultsPage", t.get("search.title"), edition.absolute(paths.search())), null, true,
                data));
    }
}
