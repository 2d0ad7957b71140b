package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The static ways to a place on the example site: filter pages that agree with the places'
 * data, a service page by area, a search index that is small and complete, and pages that stay
 * light (under 30 KB of HTML, CSS and scripts before images).
 */
class FindingPagesTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24", "--quiet");
        assertEquals(0, run.exit(), run.err());
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
    void theSearchIndexIsSmallAndHoldsEveryPlaceAndServiceButNoBodies() throws IOException {
        Path file = site.resolve("sok/index.json");
        JsonNode index = new ObjectMapper().readTree(file.toFile());
        Set<String> urls = new TreeSet<>();
        index.get("entries").forEach(entry -> urls.add(entry.get("url").asText()));
        Set<String> places = cardLinks(page("platser/index.html"));
        Set<String> services = new TreeSet<>(page("index.html").select("main a[href^=/tjanster/]").eachAttr("href"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(urls.containsAll(places), "every place"),
                () -> assertTrue(!services.isEmpty() && urls.containsAll(services), "every service"),
                () -> assertFalse(text.contains("<p>"), "no HTML bodies"),
                () -> assertTrue(Files.size(file) < 30_000, "small: " + Files.size(file) + " bytes"),
                () -> assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("index.json"), "not in the sitemap"));
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
