package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The static ways to a place on the example site: filter pages that agree with the places'
 * data, a service page by area, a search that finds the relevance set's first hits, and pages that stay
 * light (under 30 KB of HTML, CSS and scripts before images).
 */
class FindingPagesTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        TestSites.buildExample(site, "2026-11-24");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static Set<String> cardLinks(Document page) {
        Set<String> links = new TreeSet<>();
        page.select("main .card .card-title a").forEach(a -> links.add(a.attr("href")));
        return links;
    }

    /** Places (their page paths) whose card on the places list carries {@code attribute} with {@code value} among its words. */
    private static Set<String> placesWhere(String attribute, String value) throws IOException {
        Set<String> links = new TreeSet<>();
        for (Element card : page("platser/index.html").select("main .card")) {
            if (List.of(card.attr(attribute).split(" ")).contains(value)) {
                links.add(card.selectFirst(".card-title a").attr("href"));
            }
        }
        return links;
    }

    @Test
    void everyFilterLinkOfThePlacesListLeadsToAPageWithExactlyThePlacesThatMatch() throws IOException {
        Document list = page("platser/index.html");
        Element languages = list.selectFirst("ul[data-filter=language]");
        Element audiences = list.selectFirst("ul[data-filter=audience]");
        assertTrue(languages != null && audiences != null, "the list offers language and audience filters");
        for (Element link : languages.select("a[data-value]")) {
            String value = link.attr("data-value");
            assertEquals(placesWhere("data-languages", value), cardLinks(page(link.attr("href").substring(1) + "index.html")),
                    "language " + value);
        }
        for (Element link : audiences.select("a[data-value]")) {
            String value = link.attr("data-value");
            assertEquals(placesWhere("data-audiences", value), cardLinks(page(link.attr("href").substring(1) + "index.html")),
                    "audience " + value);
        }
        assertEquals(placesWhere("data-open-today", "true"), cardLinks(page("platser/oppet-idag/index.html")));
        assertFalse(cardLinks(page("platser/oppet-idag/index.html")).isEmpty(), "some place is open on a Tuesday");
    }

    @Test
    void aServicePageGroupsItsPlacesByArea() throws IOException {
        Document service = page("tjanster/cv-help/index.html");
        List<String> areas = service.select("main section > h2").eachText();
        assertFalse(areas.isEmpty());
        assertEquals(placesWhere("data-services", "cv-help"), cardLinks(service));
    }

    @Test
    void theSearchIndexHoldsEveryPlaceAndServiceAndIsNotInTheSitemap() throws IOException {
        Set<String> urls = new TreeSet<>();
        try (Stream<Path> parts = Files.list(site.resolve("sok/sidor"))) {
            for (Path part : parts.toList()) {
                new ObjectMapper().readTree(part.toFile()).forEach(item -> urls.add(item.get(1).asText()));
            }
        }
        Set<String> places = cardLinks(page("platser/index.html"));
        Set<String> services = new TreeSet<>(page("index.html").select("main a[href^=/tjanster/]").eachAttr("href"));
        assertAll(
                () -> assertTrue(urls.containsAll(places), "every place"),
                () -> assertTrue(!services.isEmpty() && urls.containsAll(services), "every service"),
                () -> assertFalse(Files.readString(site.resolve("sitemap.xml")).contains(".json"), "not in the sitemap"));
    }

    @Test
    void theSearchFindsTheExpectedFirstHitForEveryQueryOfTheRelevanceSet() {
        assertEquals(List.of(), SearchRelevance.misses(site, SearchRelevance.cases("example")));
    }

    /** The search script's texts as the page gives them to it, by the names {@code dataset} has for them. */
    private static Map<String, String> scriptTexts(String searchPage) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        page(searchPage).selectFirst("script[src$=search.js]").attributes().forEach(attribute -> {
            if (attribute.getKey().startsWith("data-")) {
                String[] parts = attribute.getKey().substring("data-".length()).split("-");
                StringBuilder name = new StringBuilder(parts[0]);
                for (int i = 1; i < parts.length; i++) {
                    name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
                }
                texts.put(name.toString(), attribute.getValue());
            }
        });
        return texts;
    }

    @Test
    void theSearchSaysHowManyItFoundInTheLanguagesPluralForms() throws IOException {
        Map<String, String> sv = scriptTexts("sok/index.html");
        Map<String, String> en = scriptTexts("en/sok/index.html");
        Map<String, String> ar = scriptTexts("ar/sok/index.html");
        List<SearchRelevance.Status> statuses = List.of(
                new SearchRelevance.Status(sv, "sv", 1, "mat"), new SearchRelevance.Status(sv, "sv", 2, "mat"),
                new SearchRelevance.Status(sv, "sv", 0, "mat"),
                new SearchRelevance.Status(en, "en", 1, "food"), new SearchRelevance.Status(en, "en", 21, "food"),
                new SearchRelevance.Status(ar, "ar", 2, "x"), new SearchRelevance.Status(ar, "ar", 3, "x"),
                new SearchRelevance.Status(ar, "ar", 11, "x"));
        assertEquals(List.of("1 träff för ”mat”.", "2 träffar för ”mat”.", "Inga träffar för ”mat”.",
                        "1 result for “food”.", "21 results for “food”.",
                        "2 نتيجتان للبحث عن «x».", "3 نتائج للبحث عن «x».", "11 نتيجة للبحث عن «x»."),
                SearchRelevance.run(site, List.of(), statuses).statuses());
    }

    @Test
    void onlyTheSearchPagesLoadTheSearchScript() throws IOException {
        Set<String> loading = new TreeSet<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (!Jsoup.parse(file.toFile(), "UTF-8").select("script[src$=/search.js]").isEmpty()) {
                    loading.add(site.relativize(file).toString());
                }
            }
        }
        assertEquals(Set.of("sok/index.html", "en/sok/index.html", "ar/sok/index.html"), loading);
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysWhatItCannotDoAndLeadsToTheLists() throws IOException {
        Element note = page("sok/index.html").selectFirst(".search-page .no-script-note");
        assertAll(
                () -> assertTrue(note.text().contains("JavaScript") && note.text().contains("adressfältet"), note.text()),
                () -> assertEquals(List.of("/platser/", "/sok/#sok-kindService", "/sok/#sok-kindArea"),
                        note.select("a").eachAttr("href")),
                () -> assertFalse(page("sok/index.html").select("#sok-kindArea, #sok-kindService").size() < 2,
                        "the areas and services the note leads to are on the page"));
    }

    @Test
    void withoutJavaScriptTheSearchPageListsEveryPlace() throws IOException {
        Document search = page("sok/index.html");
        assertTrue(new TreeSet<>(search.select("main .search-all a").eachAttr("href"))
                .containsAll(cardLinks(page("platser/index.html"))));
        assertEquals("/sok/", page("index.html").selectFirst("header form[role=search]").attr("action"));
    }

    @Test
    void everyPageIsUnder30KilobytesWithItsStylesheetAndScripts() {
        assertEquals(List.of(), PageWeights.heavy(site));
    }
}
