package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * What site.yaml says about the site on its pages: the title in each edition's language (the
 * default language's, marked, where site.yaml has none), the favicon and a logo, the journey
 * planner's link on a place page; and what the browser showed: time ranges kept on one line,
 * the hours script only where hours are, landmarks of the places list each with its own name.
 */
class SiteIdentityTest {

    @TempDir
    static Path work;

    private static Path site;
    private static Path withLogo;

    @BeforeAll
    static void build() throws IOException {
        site = work.resolve("site");
        Path content = TestSites.fixture("sites/complete/content");
        run(content, site);
        Path copy = TestSites.copy(content, work.resolve("logo-content"));
        Files.writeString(copy.resolve("site.yaml"), "logo: files/entre.png\n", java.nio.file.StandardOpenOption.APPEND);
        withLogo = work.resolve("logo-site");
        run(copy, withLogo);
    }

    private static void run(Path content, Path out) {
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24", "--quiet");
        assertEquals(0, run.exit(), run.err());
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void eachEditionShowsTheTitleInItsLanguageOrTheDefaultOneMarked() throws IOException {
        Document en = page(site, "en/index.html");
        Document ar = page(site, "ar/platser/index.html");
        assertAll(
                () -> assertEquals("Every page kind", en.selectFirst("main h1").text()),
                () -> assertEquals("", en.selectFirst("main h1").attr("lang")),
                () -> assertEquals("Every page kind", en.selectFirst(".site-title").text()),
                () -> assertTrue(page(site, "en/platser/index.html").title().endsWith(" – Every page kind")),
                () -> assertTrue(en.selectFirst("script[type=application/ld+json]").data().contains("\"name\":\"Every page kind\"")),
                // site.yaml has no Arabic title: the Swedish one, marked as Swedish
                () -> assertEquals("Alla sidtyper", ar.selectFirst(".site-title").text()),
                () -> assertEquals("sv", ar.selectFirst(".site-title").attr("lang")),
                () -> assertEquals("Alla sidtyper", page(site, "index.html").selectFirst("main h1").text()));
    }

    @Test
    void everyPageLinksTheFaviconWhichIsThere() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(file.toFile(), "UTF-8");
                if (html.selectFirst("meta[http-equiv=refresh]") == null
                        && html.selectFirst("head link[rel=icon][href$=/assets/favicon.svg]") == null) {
                    without.add(site.relativize(file).toString());
                }
            }
        }
        assertAll(
                () -> assertEquals(List.of(), without),
                () -> assertTrue(Files.readString(site.resolve("assets/favicon.svg")).startsWith("<svg")));
    }

    @Test
    void aLogoStandsForTheTitleInTheHeader() throws IOException {
        Document sv = page(withLogo, "index.html");
        Document ar = page(withLogo, "ar/index.html");
        assertAll(
                () -> assertEquals("/kvarter/files/entre.png", sv.selectFirst("a.site-title img").attr("src")),
                () -> assertEquals("Alla sidtyper", sv.selectFirst("a.site-title img").attr("alt")),
                () -> assertEquals("Every page kind", page(withLogo, "en/index.html").selectFirst("a.site-title img").attr("alt")),
                () -> assertEquals("sv", ar.selectFirst("a.site-title img").attr("lang"), "the Swedish title on an Arabic page"),
                () -> assertEquals("", sv.selectFirst("a.site-title").ownText(), "no second title beside the logo"),
                () -> assertNull(page(site, "index.html").selectFirst("a.site-title img"), "no logo unless site.yaml names one"));
    }

    @Test
    void aPlacePageLinksTheJourneyPlannerBesideTheMap() throws IOException {
        Document hub = page(site, "platser/hubben/index.html");
        List<String> links = hub.select("#k-adress ~ ul a").eachAttr("href");
        assertAll(
                () -> assertEquals(3, links.size(), links.toString()),
                () -> assertTrue(links.get(0).startsWith("https://www.openstreetmap.org/"), links.toString()),
                () -> assertEquals("https://reseplanerare.example.se/resa?till=Hubben&lat=57.75430&lon=12.07070", links.get(2)),
                () -> assertEquals("Res dit med kollektivtrafik (reseplanerare)", hub.select("#k-adress ~ ul a").get(2).text()));
    }

    @Test
    void timeRangesInTheWeeksTableStayOnOneLine() throws IOException {
        Document hub = page(site, "platser/hubben/index.html");
        assertAll(
                () -> assertTrue(hub.select("table.hours td span.range").eachText().stream().allMatch(r -> r.matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d")),
                        hub.select("table.hours td").eachText().toString()),
                () -> assertTrue(hub.select("table.hours td span.range").size() > 0),
                () -> assertTrue(Files.readString(TestSites.templates().resolve("assets/style.css"))
                        .contains(".range { white-space: nowrap; }")));
    }

    @Test
    void theHoursScriptIsOnlyWhereThereAreHoursAndTheListsLandmarksHaveEachTheirName() throws IOException {
        List<String> needless = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path file : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(file.toFile(), "UTF-8");
                if (html.selectFirst("script[src$=hours.js]") != null && html.selectFirst("[data-open]") == null) {
                    needless.add(site.relativize(file).toString());
                }
            }
        }
        Document places = page(site, "platser/index.html");
        List<String> names = places.select("nav").eachAttr("aria-label");
        assertAll(
                () -> assertEquals(List.of(), needless),
                () -> assertNotNull(places.selectFirst("script[src$=hours.js]")),
                () -> assertEquals(places.select("nav").size(), new HashSet<>(names).size(), names.toString()),
                () -> assertTrue(names.stream().noneMatch(String::isBlank), names.toString()));
    }
}
