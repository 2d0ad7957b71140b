package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The place pages of the fixture site {@code sites/patterns} (every other week, nth weekdays of
 * the month, new hours from a date, holidays not decided), built on dates whose coming weeks cross
 * ISO week 53 and the spring-forward night: each page's JSON-LD says of every day of the
 * schedule what places.json says for everyone, and nothing on an unknown day; each pattern is
 * named on the page in words (the week table shows its dates).
 */
class PatternsPageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void theJsonLdOfEveryPatternAgreesWithTheScheduleDayByDay() throws IOException {
        int claimed = 0;
        for (String date : List.of("2026-12-20", "2027-03-20")) {
            Path site = work.resolve(date);
            TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/patterns/content").toString(),
                    "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", date, "--quiet");
            assertEquals(0, run.exit(), run.err());
            for (JsonNode place : MAPPER.readTree(site.resolve("api/v1/places.json").toFile())) {
                String id = place.get("id").asText();
                Document page = Jsoup.parse(site.resolve("platser/" + id + "/index.html").toFile());
                JsonNode jsonLd = MAPPER.readTree(page.selectFirst("script[type=application/ld+json]").data());
                for (JsonNode day : place.get("openingHours").get("schedule")) {
                    List<String> claim = HoursAgreementTest.claim(jsonLd, day.get("date").asText());
                    if (day.get("status").asText().equals("unknown")) {
                        assertEquals(null, claim, id + " " + day);
                    } else if (claim != null) {
                        claimed++;
                        assertEquals(HoursAgreementTest.intervals(day, null), claim, id + " " + day);
                    }
                }
            }
            if (date.equals("2026-12-20")) {
                String text = Jsoup.parse(site.resolve("platser/nya-tider/index.html").toFile()).text();
                assertTrue(text.contains("Från och med måndag 11 januari 2027: måndag–fredag 09:00–16:00"), text);
                String biweekly = Jsoup.parse(site.resolve("platser/varannan/index.html").toFile()).text();
                assertTrue(biweekly.contains("Onsdag 13:00–15:00, varannan vecka från och med onsdag 2 september 2026"), biweekly);
                String monthly = Jsoup.parse(site.resolve("en/platser/lordagar/index.html").toFile()).text();
                assertTrue(monthly.contains("The last Friday of the month: 18:00–21:00"), monthly);
                // a list of ordinals that all hold is joined with "and", never a bare comma
                assertTrue(monthly.contains("The first and third Saturday of the month: 10:00–14:00 for families"), monthly);
                String swedish = Jsoup.parse(site.resolve("platser/lordagar/index.html").toFile()).text();
                assertTrue(swedish.contains("Första och tredje lördag i månaden: 10:00–14:00"), swedish);
            }
        }
        assertTrue(claimed > 100, "the JSON-LD says something: " + claimed);
    }
}
