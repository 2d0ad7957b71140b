package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.kvarter.CitySite;
import se.kvarter.SharedCity;
import se.kvarter.feeds.SiteJson;

/**
 * outputs.md's "A city's size": built from the benchmark's generator with 300 places, 100 events
 * and 2,000 news articles, every page stays under 30 KB with its CSS and scripts, the start page
 * shows a bounded selection, a resident reaches every place within three taps of the start page,
 * and the search finds the relevance set's first hits from an index split into parts under 100 KB.
 */
class CitySizeTest {

    @RegisterExtension
    static final SharedCity CITY = new SharedCity();

    private static CitySite city;

    @BeforeAll
    static void build() {
        city = CITY.site();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(city.site().resolve(path).toFile(), "UTF-8");
    }

    /** The values of a front-matter field in every place file, one list per place. */
    private static List<List<String>> placeField(String field) throws IOException {
        Pattern line = Pattern.compile("(?m)^ {0,2}" + field + ": ?\\[?\"?([^\"\\]\\n]*)\"?\\]?$");
        try (Stream<Path> files = Files.list(city.content().resolve("places"))) {
            return files.sorted().map(file -> {
                try {
                    Matcher matcher = line.matcher(Files.readString(file));
                    return matcher.find() ? List.of(matcher.group(1).split(", ")) : List.<String>of();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theGeneratedContentLooksLikeACity() throws IOException {
        Map<String, Integer> byArea = new TreeMap<>();
        placeField("area").forEach(area -> byArea.merge(area.get(0), 1, Integer::sum));
        Set<String> services = new TreeSet<>();
        placeField("services").forEach(services::addAll);
        Set<String> audiences = new TreeSet<>();
        placeField("audiences").forEach(audiences::addAll);
        try (Stream<Path> news = Files.list(city.content().resolve("news"));
             Stream<Path> events = Files.list(city.content().resolve("events"))) {
            long newsCount = news.count();
            long eventCount = events.count();
            assertAll(
                    () -> assertEquals(300, placeField("name").size(), "places"),
                    () -> assertEquals(2000, newsCount, "news"),
                    () -> assertEquals(100, eventCount, "events"),
                    () -> assertTrue(byArea.size() >= 10 && byArea.size() <= 30, "a city has 10 to 30 areas: " + byArea),
                    () -> assertTrue(byArea.values().stream().allMatch(n -> n >= 5), "no area is nearly empty: " + byArea),
                    () -> assertTrue(services.size() >= 15, "places offer many services: " + services),
                    () -> assertTrue(audiences.contains("everyone") && audiences.size() >= 5, "audiences: " + audiences));
        }
    }

    @Test
    void everyPageIsUnder30KilobytesWithItsStylesheetsAndScripts() {
        assertEquals(List.of(), PageWeights.heavy(city.site()));
    }

    /**
     * What grows with the city on a place's page (its events and news: every place is in the news)
     * is bounded and light, so that the heaviest place page keeps a kilobyte to spare. Prints the
     * heaviest pages, to see where the weight goes.
     */
    @Test
    void theHeaviestPlacePageKeepsAKilobyteToSpare() throws IOException {
        record Weighed(String path, long bytes) {
        }
        List<Weighed> pages;
        try (Stream<Path> files = Files.walk(city.site())) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> new Weighed(city.site().relativize(p).toString(), PageWeights.of(city.site(), p)))
                    .sorted(java.util.Comparator.comparingLong(Weighed::bytes).reversed()).toList();
        }
        pages.stream().limit(5).forEach(page -> System.out.println("heaviest: " + page.path() + " " + page.bytes()));
        Weighed place = pages.stream().filter(p -> p.path().matches("platser/[a-z0-9-]+/index\\.html")).findFirst().orElseThrow();
        assertTrue(place.bytes() <= PageWeights.LIMIT - 1024, place.path() + ": " + place.bytes() + " bytes");
    }

    @Test
    void theStartPageShowsABoundedSelectionOfOpenPlacesAndLinksToAllOfThem() throws IOException {
        Document start = page("index.html");
        Element openToday = start.getElementById("oppet-idag").parent();
        Document all = page("platser/oppet-idag/index.html");
        assertAll(
                () -> assertTrue(openToday.select(".card").size() <= 6, "a few places open today"),
                () -> assertFalse(openToday.select(".card").isEmpty(), "some place is open on a Monday"),
                () -> assertNotNull(openToday.selectFirst("a[href=/platser/oppet-idag/]"), "a link to all of them"),
                () -> assertTrue(start.select(".card").size() <= 20, "no list on the start page grows with the city"),
                () -> assertTrue(all.select("main .card").size() > 6, "the open-today page lists more"));
    }

    /** Three taps on links a phone shows at once: the filters folded on the places list do not count. */
    @Test
    void everyPlaceIsWithinThreeTapsOfTheStartPage() throws IOException {
        Map<String, Integer> taps = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        taps.put("/", 0);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            int depth = taps.get(path);
            if (depth == 3) {
                continue;
            }
            Path file = city.site().resolve(path.substring(1) + "index.html");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            for (Element link : Jsoup.parse(file.toFile(), "UTF-8").select("a[href^=/]")) {
                // a link in folded filters takes a tap more (the one that opens them); a hidden one, a script
                if (link.parents().stream().anyMatch(p -> p.hasAttr("hidden")
                        || p.tagName().equals("details") && !p.hasAttr("open"))) {
                    continue;
                }
                String target = link.attr("href").replaceAll("[?#].*$", "");
                if (target.endsWith("/") && taps.putIfAbsent(target, depth + 1) == null) {
                    queue.add(target);
                }
            }
        }
        List<String> far = new java.util.ArrayList<>();
        try (Stream<Path> places = Files.list(city.content().resolve("places"))) {
            places.map(p -> "/platser/" + p.getFileName().toString().replaceFirst("\\.md$", "") + "/")
                    .filter(place -> !taps.containsKey(place))
                    .sorted()
                    .forEach(far::add);
        }
        assertEquals(List.of(), far, "places more than three taps from the start page");
    }

    /**
     * The places list is cut into pages; its script is told where the list's every place is, for
     * "near me" and "choose a time", and the pages carry no positions of their own (whole.js).
     */
    @Test
    void thePagedPlacesListNamesTheFileOfItsEveryPlaceAndCarriesNoPositions() throws IOException {
        Document first = page("platser/index.html");
        Document second = page("platser/sida/2/index.html");
        com.fasterxml.jackson.databind.JsonNode whole = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(city.site().resolve("platser/alla-platser.json").toFile()).get("places");
        List<String> urls = new java.util.ArrayList<>();
        whole.forEach(place -> urls.add(place.get("url").asText()));
        assertAll(
                () -> assertEquals("/platser/alla-platser.json", first.selectFirst("script[src$=paged.js]").attr("data-whole")),
                () -> assertEquals("/platser/alla-platser.json", second.selectFirst("script[src$=paged.js]").attr("data-whole")),
                () -> assertNotNull(first.selectFirst(".near-me button"), "near me on the first page"),
                () -> assertNotNull(second.selectFirst(".near-me button"), "and on the others"),
                () -> assertNotNull(first.selectFirst(".time-filter[hidden]"), "the time choices, for the script to show"),
                () -> assertTrue(first.select("[data-lat]").isEmpty(), "the positions are in the file, not the page"),
                () -> assertEquals(300, urls.size()),
                () -> assertEquals(300, new TreeSet<>(urls).size(), "each place once"),
                () -> assertTrue(urls.containsAll(first.select("main .card-title a").eachAttr("href")), "the page's places among them"));
    }

    /** Its 300 places, 100 events and 2,000 articles validate against the schemas the site publishes. */
    @Test
    void everyJsonFileValidatesAgainstTheSitesOwnSchemas() throws IOException {
        assertEquals(List.of(), SiteJson.problems(city.site()));
        try (Stream<Path> places = Files.list(city.site().resolve("api/v1/places"))) {
            long files = places.count();
            assertTrue(files >= 300, files + " place files");
            assertEquals(files + 5, SiteJson.validated(city.site()), "a file per place, the index and four lists");
        }
    }

    @Test
    void everyPartOfTheSearchIndexIsUnder100Kilobytes() throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(city.site().resolve("sok"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                sizes.put(city.site().relativize(file).toString(), Files.size(file));
            }
        }
        long total = sizes.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> heavy = new TreeMap<>(sizes);
        heavy.values().removeIf(size -> size < 100 * 1024);
        assertAll(
                () -> assertTrue(total > 500 * 1024, "the whole text of 2,400 pages is in it: " + total + " bytes"),
                () -> assertEquals(Map.of(), heavy, "parts of 100 KB or more"),
                () -> assertTrue(sizes.get("sok/index.json") < 5 * 1024, "the manifest every query reads is small"));
    }

    @Test
    void theSearchFindsTheExpectedFirstHitForEveryQueryOfTheRelevanceSet() {
        assertEquals(List.of(), SearchRelevance.misses(city.site(), SearchRelevance.cases("city")));
    }
}
