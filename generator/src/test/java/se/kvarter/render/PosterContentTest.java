package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The poster stays true on a door for months: the regular hours and the coming changes, never
 * a dated week and never "today"; its address keeps its order on a right-to-left poster.
 */
class PosterContentTest {

    /** A Tuesday: the week table of the old poster held this date and the six after it. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("sv"));

    @TempDir
    static Path work;
    static Path complete;
    static Path example;

    @BeforeAll
    static void build() {
        complete = work.resolve("complete");
        example = work.resolve("example");
        for (Path[] site : List.of(new Path[] {TestSites.fixture("sites/complete/content"), complete},
                new Path[] {TestSites.exampleContent(), example})) {
            TestSites.Run run = TestSites.kvarter("build", "--content", site[0].toString(), "--templates",
                    TestSites.templates().toString(), "--out", site[1].toString(), "--date", TODAY.toString(), "--quiet");
            assertEquals(0, run.exit(), run.err());
        }
    }

    private static List<Path> posters(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            // the one-language posters (affisch/) and those with a second language (affisch/ar/)
            return files.filter(f -> f.getFileName().toString().equals("index.html")
                    && (f.getParent().getFileName().toString().equals("affisch")
                    || f.getParent().getParent().getFileName().toString().equals("affisch"))).sorted().toList();
        }
    }

    private static Document read(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void noPosterShowsADatedWeekOrToday() throws IOException {
        int posters = 0;
        for (Path site : List.of(complete, example)) {
            for (Path file : posters(site)) {
                posters++;
                Element main = read(file).selectFirst("main");
                String text = main.text();
                assertTrue(main.select("table.hours, time[datetime]").isEmpty(), file + ": a dated table");
                for (String today : List.of("(i dag)", "(today)", "(اليوم)", "i dag", "today")) {
                    assertFalse(text.contains(today), file + " says " + today);
                }
                // none of the seven days of the old week table, unless the day is a change the poster lists
                String changes = main.select(".poster-changes").text();
                for (int i = 0; i < 7; i++) {
                    String day = DAY_MONTH.format(TODAY.plusDays(i));
                    assertTrue(!text.contains(day) || changes.contains(day), file + " names " + day);
                }
            }
        }
        assertTrue(posters > 10, "every poster of both sites: " + posters);
    }

    @Test
    void thePosterHasTheRegularHoursAndTheChangesOfTheComingMonths() throws IOException {
        Element main = read(complete.resolve("platser/hubben/affisch/index.html")).selectFirst("main");
        assertEquals(List.of("Måndag 13:00–17:00", "Torsdag 09:00–12:00", "Lördag 10:00–14:00 för barnfamiljer",
                "15 juni–15 augusti: måndag–fredag 10:00–15:00"), main.select(".regular-hours li").eachText());
        String changes = main.select(".poster-changes").text();
        assertTrue(changes.contains("Stängt 21 december–6 januari (Juluppehåll)"), changes);
        assertTrue(changes.contains("annandag påsk"), "a closure four months ahead: " + changes);
        assertNotNull(main.selectFirst("svg.qr-code"));
    }

    @Test
    void theArabicPosterKeepsThePostalAddressInOrderInAnIsolatingElement() throws IOException {
        Document poster = read(example.resolve("ar/platser/framtidshubben-bergsjon/affisch/index.html"));
        assertEquals("rtl", poster.selectFirst("html").attr("dir"));
        Element town = poster.select("main .address *").stream()
                .filter(e -> e.ownText().equals("415 16 Göteborg")).findFirst().orElse(null);
        assertNotNull(town, poster.select("main .address").outerHtml());
        // the text in logical order, in an element that isolates it from the right-to-left text around it
        assertEquals("bdi", town.tagName());
        assertEquals("ltr", poster.selectFirst("main .poster-code figcaption a").attr("dir"), "the URL reads left to right");
    }

    @Test
    void theSwedishAndArabicPosterHasEachHalfInItsLanguageAndDirection() throws IOException {
        Document poster = read(example.resolve("platser/framtidshubben-bergsjon/affisch/ar/index.html"));
        assertEquals("sv", poster.selectFirst("html").attr("lang"));
        List<Element> halves = poster.select("main .poster-half");
        assertEquals(2, halves.size());
        assertEquals("", halves.get(0).attr("lang"), "the first half is in the page's language");
        assertEquals("ar", halves.get(1).attr("lang"));
        assertEquals("rtl", halves.get(1).attr("dir"));
        // one h1, the Arabic half's name a heading below it; the heading ids of the halves apart
        assertEquals(1, poster.select("h1").size());
        assertEquals(poster.select("[id]").size(), poster.select("[id]").eachAttr("id").stream().distinct().count());
        Element arabic = halves.get(1);
        assertEquals("أوقات العمل", arabic.selectFirst("section h3").text());
        assertEquals(List.of("الاثنين 13:00–17:00", "الخميس 09:00–12:00"), arabic.select(".regular-hours li").eachText());
        // the place's Swedish name on the Arabic half says its language and runs left to right
        assertEquals("sv", arabic.selectFirst(".poster-name").attr("lang"));
        assertEquals("ltr", arabic.selectFirst(".poster-name").attr("dir"));
        Element town = arabic.select(".address bdi").stream().filter(e -> e.text().equals("415 16 Göteborg"))
                .findFirst().orElse(null);
        assertNotNull(town, arabic.select(".address").outerHtml());
        // each half leads to its own language's page
        assertEquals("https://motesplatser.example.se/ar/platser/framtidshubben-bergsjon/",
                arabic.selectFirst(".poster-code figcaption a").attr("href"));
        assertEquals("https://motesplatser.example.se/platser/framtidshubben-bergsjon/",
                halves.get(0).selectFirst(".poster-code figcaption a").attr("href"));
        // a sheet of two languages has no counterpart to switch to
        assertTrue(poster.select("link[rel=alternate][hreflang]").isEmpty(), poster.select("link[rel=alternate]").outerHtml());
        // the place page and the one-language poster lead to it
        String pair = "/platser/framtidshubben-bergsjon/affisch/ar/";
        assertNotNull(read(example.resolve("platser/framtidshubben-bergsjon/index.html")).selectFirst("a[href=" + pair + "]"));
        assertNotNull(read(example.resolve("platser/framtidshubben-bergsjon/affisch/index.html")).selectFirst("a[href=" + pair + "]"));
    }
}
