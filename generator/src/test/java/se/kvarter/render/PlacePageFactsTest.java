package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The place page a resident reads on a Sunday: the next seven days from today, changes months
 * ahead, when it opens next, what a visit requires, when the facts were checked, someone to ask
 * and a way to report a mistake.
 */
class PlacePageFactsTest {

    private static final String SUNDAY = "2026-12-06";

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        Path hub = content.resolve("places/framtidshubben-bergsjon.md");
        String text = Files.readString(hub);
        text = text.replace("lastChecked: 2023-02-23\n", """
                lastChecked: 2026-11-03
                requirements:
                  appointment: recommended
                  cost: free
                  bring: Ditt CV om du har ett
                exceptions:
                  - date: 2027-03-25
                    closed: true
                    reason: Studiedag
                """);
        Files.writeString(hub, text);
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", SUNDAY, "--quiet");
        assertEquals(0, run.exit(), run.err());
    }

    private static Document page(String id) throws IOException {
        return Jsoup.parse(site.resolve("platser/" + id + "/index.html").toFile(), "UTF-8");
    }

    @Test
    void theTableIsTheNextSevenDaysFromTodayAndSaysWhenThePlaceOpensNext() throws IOException {
        Document page = page("framtidshubben-bergsjon");
        List<Element> rows = page.select("table.hours tbody tr");
        assertEquals(7, rows.size());
        assertEquals(SUNDAY, rows.get(0).selectFirst("time").attr("datetime"), "today first, on a Sunday too");
        assertEquals("Söndag 6 december (i dag)", rows.get(0).selectFirst("th").text());
        assertEquals("2026-12-12", rows.get(6).selectFirst("time").attr("datetime"));
        assertEquals("Öppnar igen i morgon 13:00–17:00", page.selectFirst("main .next-open").text());
        assertEquals(List.of("Måndag 13:00–17:00", "Torsdag 09:00–12:00"), page.select("main .regular-hours li").eachText());
    }

    @Test
    void changesMonthsAheadAreListed() throws IOException {
        Element heading = page("framtidshubben-bergsjon").selectFirst("h3:containsOwn(Kommande ändringar)");
        String changes = heading.nextElementSibling().text();
        assertTrue(changes.contains("Stängt torsdag 25 mars (Studiedag)"), "a closure almost four months ahead: " + changes);
        assertTrue(changes.contains("Inte bestämt torsdag 24 december (julafton)"), "an undecided holiday on an open weekday: " + changes);
    }

    @Test
    void theFactsResidentsAskForAreShownAndPublished() throws IOException {
        Document page = page("framtidshubben-bergsjon");
        assertEquals("Uppgifterna kontrollerades 3 november 2026.", page.selectFirst("main .last-checked").text());
        Element requirements = page.getElementById("k-innan-du-kommer").parent();
        assertEquals(List.of("Boka gärna tid innan du kommer.", "Gratis", "Ditt CV om du har ett"),
                requirements.select("dd").eachText());
        JsonNode json = new ObjectMapper().readTree(site.resolve("api/v1/places/framtidshubben-bergsjon.json").toFile());
        assertEquals("2026-11-03", json.get("lastChecked").asText());
        assertEquals("recommended", json.get("requirements").get("appointment").asText());
        assertEquals("free", json.get("requirements").get("cost").asText());
    }

    @Test
    void aPlaceWithoutContactShowsItsOrganisationsAndEveryPageHasAReportLink() throws IOException {
        Document kallaren = page("kallaren");
        Element contact = kallaren.getElementById("k-kontakt").parent();
        assertTrue(contact.text().contains("Kontakta Stödboendeenheten, G8"), contact.text());
        assertNotNull(contact.selectFirst("a[href=mailto:g8@example.se]"));
        Element report = kallaren.selectFirst("main .report-link a");
        URI mailto = URI.create(report.attr("href"));
        assertEquals("mailto", mailto.getScheme());
        String raw = report.attr("href");
        assertTrue(raw.startsWith("mailto:g8@example.se?subject="), raw);
        assertTrue(!raw.contains("+") && !raw.contains(" "), "spaces as %20, as mail programs read them: " + raw);
        String decoded = URLDecoder.decode(raw.substring(raw.indexOf('?') + 1), StandardCharsets.UTF_8);
        assertTrue(decoded.contains("subject=Fel på sidan om Källaren"), decoded);
        assertTrue(decoded.contains("https://motesplatser.example.se/platser/kallaren/"), decoded);
        // a place with its own e-mail address gets the report itself
        assertTrue(page("framtidshubben-bergsjon").selectFirst("main .report-link a").attr("href")
                .startsWith("mailto:framtidshubben@example.se?"));
    }
}
