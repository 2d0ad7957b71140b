package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place whose status is not open is closed on every output that resolves its hours: no "open
 * today" on its card or page, a week of closed days, a closed schedule in the open data, no
 * opening hours for search engines. Its rules stay in the open data, for when it opens again.
 */
class ClosedPlaceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        setStatus(content.resolve("places/motesplats-varberg.md"), "temporarily-closed");
        setStatus(content.resolve("places/kallaren.md"), "closed");
        site = work.resolve("site");
        // a Monday on which both places would be open by their rules
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-06-15");
        assertEquals(0, run.exit(), run.err());
    }

    private static void setStatus(Path place, String status) throws IOException {
        String text = Files.readString(place, StandardCharsets.UTF_8);
        assertTrue(text.contains("\nstatus: open\n"), place.toString());
        Files.writeString(place, text.replace("\nstatus: open\n", "\nstatus: " + status + "\n"), StandardCharsets.UTF_8);
    }

    @Test
    void theOpenDataScheduleIsClosedEveryDayForTheStatusAndTheRulesStay() throws IOException {
        JsonNode hours = place("motesplats-varberg").get("openingHours");
        assertFalse(hours.get("rules").isEmpty());
        assertEquals(28, hours.get("schedule").size());
        for (JsonNode day : hours.get("schedule")) {
            assertEquals(0, day.get("open").size(), day.toString());
            assertEquals("Tillfälligt stängt", day.get("reason").asText());
        }
        assertEquals("Stängt för gott", place("kallaren").get("openingHours").get("schedule").get(0).get("reason").asText());
        JsonNode open = place("motesplats-hasselby").get("openingHours").get("schedule").get(0);
        assertFalse(open.get("open").isEmpty(), "an open place keeps its hours: " + open);
    }

    @Test
    void thePageShowsAWeekOfClosedDaysAndNoOpenToday() throws IOException {
        Document page = page("platser/motesplats-varberg/index.html");
        assertNull(page.selectFirst("main p.today"), "no open-today line");
        assertEquals(7, page.select("table.hours tbody td").size());
        for (Element day : page.select("table.hours tbody td")) {
            assertEquals("Stängt (Tillfälligt stängt)", day.text());
        }
        assertFalse(page.select("script[type=application/ld+json]").html().contains("openingHours"));
        for (Element day : page("platser/kallaren/index.html").select("table.hours tbody td")) {
            assertEquals("Stängt", day.text());
        }
        Document open = page("platser/motesplats-hasselby/index.html");
        assertNotNull(open.selectFirst("main p.today.is-open"), "an open place still says it is open today");
        assertTrue(open.select("script[type=application/ld+json]").html().contains("openingHours"));
    }

    @Test
    void theCardShowsTheStatusInsteadOfTodaysHours() throws IOException {
        Element card = page("platser/index.html").selectFirst("li.card:has(a[href$=/platser/motesplats-varberg/])");
        assertNotNull(card);
        assertEquals("Tillfälligt stängt", card.selectFirst(".status").text());
        assertNull(card.selectFirst(".today"));
        assertEquals("false", card.attr("data-open-today"));
    }

    private static JsonNode place(String id) throws IOException {
        return MAPPER.readTree(site.resolve("api/v1/places/" + id + ".json").toFile());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
