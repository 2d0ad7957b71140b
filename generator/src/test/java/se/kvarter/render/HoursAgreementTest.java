package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Every example place's hours say the same thing in {@code places.json}, in its page's week
 * table and in its page's JSON-LD, for a reference date that is a Monday (so that the week
 * table and the first seven days of the schedule are the same days) in midsummer week.
 */
class HoursAgreementTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> AUDIENCE_WORDS = Map.of("families", "barnfamiljer", "youth", "unga",
            "adults", "vuxna", "children", "barn", "seniors", "äldre", "women", "kvinnor", "newcomers", "nyanlända",
            "staff", "medarbetare", "everyone", "alla");

    @TempDir
    static Path work;
    static Path site;
    static JsonNode places;

    @BeforeAll
    static void build() throws IOException {
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-06-15");
        assertEquals(0, run.exit(), run.err());
        places = MAPPER.readTree(site.resolve("api/v1/places.json").toFile());
    }

    private static Document page(String id) throws IOException {
        return Jsoup.parse(site.resolve("platser/" + id + "/index.html").toFile());
    }

    @Test
    void theWeekTableShowsTheScheduleOfTheOpenData() throws IOException {
        for (JsonNode place : places) {
            JsonNode schedule = place.get("openingHours").get("schedule");
            Document page = page(place.get("id").asText());
            List<Element> rows = page.select("table.hours tbody tr");
            if (place.get("openingHours").get("rules").isEmpty() && place.get("openingHours").get("exceptions").isEmpty()) {
                assertTrue(rows.isEmpty());
                continue;
            }
            assertEquals(7, rows.size(), place.get("id").asText());
            for (int i = 0; i < 7; i++) {
                JsonNode day = schedule.get(i);
                Element row = rows.get(i);
                assertEquals(day.get("date").asText(), row.selectFirst("time").attr("datetime"));
                assertEquals(expectedCell(day), row.selectFirst("td").text(), place.get("id").asText() + " " + day);
            }
        }
    }

    private static String expectedCell(JsonNode day) {
        List<String> open = new ArrayList<>();
        for (JsonNode interval : day.get("open")) {
            String range = interval.get("opens").asText() + "–" + interval.get("closes").asText();
            open.add(interval.has("audience") ? range + " för " + AUDIENCE_WORDS.get(interval.get("audience").asText()) : range);
        }
        String hours = open.isEmpty() ? "Stängt" : String.join(" ", open);
        return day.has("reason") ? hours + " (" + day.get("reason").asText().toLowerCase() + ")" : hours;
    }

    @Test
    void theJsonLdHasTheWeeklyHoursForEveryoneAndTheChangedDays() throws IOException {
        for (JsonNode place : places) {
            JsonNode jsonLd = MAPPER.readTree(page(place.get("id").asText())
                    .selectFirst("script[type=application/ld+json]").data());
            Map<String, String> fromData = new TreeMap<>();
            for (JsonNode rule : place.get("openingHours").get("rules")) {
                if (!rule.has("audience") && !rule.has("period")) {
                    for (JsonNode day : rule.get("days")) {
                        fromData.merge(day.asText(), rule.get("opens").asText() + "-" + rule.get("closes").asText(), (a, b) -> a + "," + b);
                    }
                }
            }
            Map<String, String> fromJsonLd = new TreeMap<>();
            for (JsonNode spec : jsonLd.path("openingHoursSpecification")) {
                for (JsonNode day : spec.get("dayOfWeek")) {
                    String code = day.asText().substring("https://schema.org/".length(), "https://schema.org/".length() + 2).toLowerCase();
                    fromJsonLd.merge(code, spec.get("opens").asText() + "-" + spec.get("closes").asText(), (a, b) -> a + "," + b);
                }
            }
            assertEquals(fromData, fromJsonLd, place.get("id").asText());

            List<String> changedInData = new ArrayList<>();
            for (JsonNode day : place.get("openingHours").get("schedule")) {
                if (day.has("reason")) {
                    changedInData.add(day.get("date").asText());
                }
            }
            List<String> changedInJsonLd = new ArrayList<>();
            for (JsonNode spec : jsonLd.path("specialOpeningHoursSpecification")) {
                String date = spec.get("validFrom").asText();
                if (!changedInJsonLd.contains(date)) {
                    changedInJsonLd.add(date);
                }
            }
            assertEquals(changedInData, changedInJsonLd, place.get("id").asText());
        }
    }

    @Test
    void midsummerEveIsClosedWithItsNameForThePlacesOpenOnWeekdays() {
        for (JsonNode place : places) {
            if (place.get("openingHours").get("osm").asText().startsWith("Mo-Fr 09:00-19:00")) {
                JsonNode friday = place.get("openingHours").get("schedule").get(4);
                assertEquals("2026-06-19", friday.get("date").asText());
                assertEquals(0, friday.get("open").size());
                assertEquals("Midsommarafton", friday.get("reason").asText());
            }
        }
    }

    @Test
    void upcomingChangesLeaveOutAHolidayOnADayThePlaceIsClosedAnyway() throws IOException {
        // the week table names midsommarafton on Framtidshubben's Friday, but the place is never open on Fridays
        Element hubFriday = page("framtidshubben-bergsjon").select("table.hours tbody tr").get(4);
        assertEquals("Stängt (midsommarafton)", hubFriday.selectFirst("td").text());
        assertTrue(changes("framtidshubben-bergsjon").stream().noneMatch(c -> c.contains("midsommarafton")),
                changes("framtidshubben-bergsjon").toString());
        assertTrue(changes("motesplats-city").stream().anyMatch(c -> c.contains("midsommarafton")),
                changes("motesplats-city").toString());
    }

    private static List<String> changes(String id) throws IOException {
        Element heading = page(id).selectFirst("h3:containsOwn(Kommande ändringar)");
        return heading == null ? List.of() : heading.nextElementSibling().select("li").eachText();
    }
}
