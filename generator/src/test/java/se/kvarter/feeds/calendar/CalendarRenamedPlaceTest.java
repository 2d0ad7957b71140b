package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A renamed place keeps the URLs a third party may hold (outputs.md): its old
 * {@code api/v1/places/<id>.json} and {@code calendar/places/<id>.ics} are written with the
 * current data, and its calendar UIDs stay those of its first id.
 */
class CalendarRenamedPlaceTest {

    @TempDir
    Path work;

    @Test
    void theOldIdsKeepTheirFilesWithTheCurrentDataAndTheUidsKeepTheFirstId() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/calendar/content"), work.resolve("content"));
        Path places = content.resolve("places");
        // renamed twice: first "rummet", then "kvarteret"; an old page outside the places names no id
        Files.writeString(places.resolve("kvartersrummet.md"), Files.readString(places.resolve("testplats.md"))
                .replace("name: Testplatsen", "name: Kvartersrummet")
                .replace("services: [cv-help]", "services: [cv-help]\naliases: [/gamla/kvartersrum/, /platser/rummet/, "
                        + "/platser/kvarteret/index.html]"));
        Path site = CalendarFiles.build(work, content, "site", "2026-11-24");

        for (String old : List.of("rummet", "kvarteret")) {
            assertArrayEquals(Files.readAllBytes(site.resolve("api/v1/places/kvartersrummet.json")),
                    Files.readAllBytes(site.resolve("api/v1/places/" + old + ".json")), old);
            assertArrayEquals(Files.readAllBytes(site.resolve("calendar/places/kvartersrummet.ics")),
                    Files.readAllBytes(site.resolve("calendar/places/" + old + ".ics")), old);
        }
        assertFalse(Files.exists(site.resolve("calendar/places/kvartersrum.ics")));
        assertFalse(Files.exists(site.resolve("api/v1/places/kvartersrum.json")));

        Calendar calendar = CalendarFiles.parse(site.resolve("calendar/places/kvartersrummet.ics"));
        assertEquals(List.of(), CalendarFiles.problems(calendar));
        List<VEvent> events = CalendarFiles.events(calendar);
        assertFalse(events.isEmpty());
        for (VEvent event : events) {
            assertTrue(CalendarFiles.value(event, Property.UID).startsWith("rummet-rule-"),
                    CalendarFiles.value(event, Property.UID));
            assertEquals("https://test.example.se/platser/kvartersrummet/", CalendarFiles.value(event, Property.URL));
        }
        // a place never renamed keeps its own id in its UIDs
        assertTrue(CalendarFiles.value(CalendarFiles.events(CalendarFiles.parse(
                site.resolve("calendar/places/testplats.ics"))).get(0), Property.UID).startsWith("testplats-rule-"));
    }
}
