package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.feeds.calendar.CalendarFiles;

/**
 * The fixture site {@code sites/patterns}, whose places and events are written as the content guide
 * shows each pattern (new hours from a date with no end, every other Wednesday counted from a
 * date, the first and third Saturday and the last Friday of the month, events on the first
 * Saturday, the last Friday and several weekdays a week), built on dates whose coming weeks cross
 * ISO week 53 (2026-12-28/2027-01-04), the spring-forward night (2027-03-28) and the fall-back
 * night (2026-10-25): places.json {@code schedule} has the right dates, the place calendars
 * expanded by ical4j open on exactly the schedule's openings, and each event's calendar expands
 * to the occurrences of events.json. (The OSM value is read by the reference evaluator in
 * {@code OsmExampleSiteTest}, which builds this site too.)
 */
class PatternsSiteTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> DATES = List.of("2026-10-20", "2026-12-20", "2027-03-20");

    @TempDir
    static Path work;
    private static final Map<String, Path> SITES = new HashMap<>();

    @BeforeAll
    static void build() {
        for (String date : DATES) {
            SITES.put(date, CalendarFiles.build(work, TestSites.fixture("sites/patterns/content"), "site-" + date, date));
        }
    }

    /** date -> the opening times of that date in the place's schedule ("10:00-14:00 families"), or its status. */
    private static Map<String, String> schedule(String build, String place) throws IOException {
        Map<String, String> days = new HashMap<>();
        for (JsonNode json : MAPPER.readTree(SITES.get(build).resolve("api/v1/places.json").toFile())) {
            if (!json.get("id").asText().equals(place)) {
                continue;
            }
            for (JsonNode day : json.get("openingHours").get("schedule")) {
                List<String> open = new ArrayList<>();
                for (JsonNode opening : day.path("open")) {
                    open.add(opening.get("opens").asText() + "-" + opening.get("closes").asText()
                            + (opening.has("audience") ? " " + opening.get("audience").asText() : ""));
                }
                days.put(day.get("date").asText(), open.isEmpty() ? day.get("status").asText() : String.join(",", open));
            }
        }
        assertTrue(!days.isEmpty(), "no schedule for " + place);
        return days;
    }

    @Test
    void everyOtherWednesdayIsCountedFromItsDateAcrossIsoWeek53() throws IOException {
        Map<String, String> days = schedule("2026-12-20", "varannan");
        // 2026-12-23 is week 52, 2026-12-30 week 53, 2027-01-06 (a holiday: not decided) week 1, 2027-01-13 week 2:
        // counted from 2026-09-02 the rule holds 12-23 and 01-06, ISO parity would give 12-23 and 01-13
        assertEquals("13:00-15:00", days.get("2026-12-23"));
        assertEquals("closed", days.get("2026-12-30"));
        assertEquals("unknown", days.get("2027-01-06"));
        assertEquals("closed", days.get("2027-01-13"));
        assertEquals("10:00-12:00", days.get("2027-01-11"));
        Map<String, String> spring = schedule("2027-03-20", "varannan");
        assertEquals("13:00-15:00", spring.get("2027-03-31"));
        assertEquals("closed", spring.get("2027-03-24"));
        Map<String, String> autumn = schedule("2026-10-20", "varannan");
        assertEquals("13:00-15:00", autumn.get("2026-10-28"));
        assertEquals("closed", autumn.get("2026-10-21"));
    }

    @Test
    void newHoursHoldFromTheirDateOnAndTheOldOnesBefore() throws IOException {
        Map<String, String> days = schedule("2026-12-20", "nya-tider");
        assertEquals("09:00-12:00", days.get("2027-01-08"));
        assertEquals("09:00-16:00", days.get("2027-01-11"));
        assertEquals("09:00-16:00", schedule("2027-03-20", "nya-tider").get("2027-03-30"));
    }

    @Test
    void firstAndThirdSaturdayAndLastFridayOfTheMonth() throws IOException {
        Map<String, String> days = schedule("2026-12-20", "lordagar");
        assertEquals("10:00-14:00 families", days.get("2027-01-02"));
        assertEquals("closed", days.get("2027-01-09"));
        assertEquals("10:00-14:00 families", days.get("2027-01-16"));
        assertEquals("18:00-21:00", days.get("2026-12-25")); // the last Friday, on a holiday of a place open on holidays
        assertEquals("closed", days.get("2027-01-08"));
        Map<String, String> spring = schedule("2027-03-20", "lordagar");
        assertEquals("18:00-21:00", spring.get("2027-03-26"));
        assertEquals("03:00-05:00", spring.get("2027-03-28")); // the night after the clocks went forward
        assertEquals("10:00-14:00 families", spring.get("2027-04-03"));
        Map<String, String> autumn = schedule("2026-10-20", "lordagar");
        assertEquals("closed", autumn.get("2026-10-31")); // the fifth Saturday
        assertEquals("10:00-14:00 families", autumn.get("2026-11-07"));
        assertEquals("18:00-21:00", autumn.get("2026-10-30"));
    }

    @Test
    void placeCalendarsExpandedByIcal4jOpenOnExactlyTheScheduleOpenings() throws IOException {
        for (String build : DATES) {
            for (String place : List.of("nya-tider", "varannan", "lordagar")) {
                Map<String, String> days = schedule(build, place);
                Calendar calendar = CalendarFiles.parse(SITES.get(build).resolve("calendar/places/" + place + ".ics"));
                assertEquals(List.of(), CalendarFiles.problems(calendar), place);
                LocalDate first = LocalDate.parse(build);
                LocalDate last = first.plusDays(days.size() - 1);
                TreeSet<String> expanded = new TreeSet<>();
                for (VEvent event : CalendarFiles.events(calendar)) {
                    for (Period<ZonedDateTime> period : CalendarFiles.expand(event, first, last)) {
                        LocalDateTime start = period.getStart().withZoneSameInstant(CalendarFiles.STOCKHOLM).toLocalDateTime();
                        expanded.add(start.toLocalDate() + " " + start.toLocalTime());
                    }
                }
                TreeSet<String> scheduled = new TreeSet<>();
                days.forEach((date, open) -> {
                    if (open.contains(":")) {
                        for (String opening : open.split(",")) {
                            scheduled.add(date + " " + opening.substring(0, 5));
                        }
                    }
                });
                assertEquals(scheduled, expanded, place + " built on " + build);
            }
        }
    }

    @Test
    void thePlacesWithPatternsValidateAgainstThePublishedSchemaAndNameTheirPatterns() throws IOException {
        Path site = SITES.get("2026-12-20");
        SchemaCheck schemas = new SchemaCheck(site, "https://test.example.se/");
        Map<String, JsonNode> rules = new HashMap<>();
        for (JsonNode place : MAPPER.readTree(site.resolve("api/v1/places.json").toFile())) {
            assertEquals(List.of(), schemas.errors("place", MAPPER.writeValueAsString(place)), place.get("id").asText());
            rules.put(place.get("id").asText(), place.get("openingHours").get("rules"));
        }
        assertEquals(2, rules.get("varannan").get(1).get("every").asInt());
        assertEquals("2026-09-02", rules.get("varannan").get(1).get("from").asText());
        assertEquals("[1,3]", rules.get("lordagar").get(1).get("nth").toString());
        assertEquals("[-1]", rules.get("lordagar").get(2).get("nth").toString());
        assertEquals("{\"from\":\"2027-01-11\"}", rules.get("nya-tider").get(1).get("period").toString());
    }

    @Test
    void eventRepeatsByWeekdayHaveTheRightDatesInEventsJsonAndInTheCalendar() throws IOException {
        Path site = SITES.get("2026-10-20");
        Map<String, List<String>> occurrences = new HashMap<>();
        Map<String, String> rrules = new HashMap<>();
        for (JsonNode event : MAPPER.readTree(site.resolve("api/v1/events.json").toFile())) {
            List<String> starts = new ArrayList<>();
            event.get("occurrences").forEach(o -> starts.add(o.get("start").asText()));
            occurrences.put(event.get("id").asText(), starts);
            rrules.put(event.get("id").asText(), event.path("rrule").asText(null));
        }
        assertEquals("FREQ=MONTHLY;COUNT=6;BYDAY=1SA", rrules.get("forsta-lordagen"));
        assertEquals("FREQ=MONTHLY;COUNT=8;BYDAY=-1FR", rrules.get("sista-fredagen"));
        assertEquals("FREQ=WEEKLY;COUNT=6;INTERVAL=2;BYDAY=MO,WE", rrules.get("mandag-onsdag"));
        assertEquals("FREQ=WEEKLY;UNTIL=20270407T215959Z;BYDAY=MO,WE", rrules.get("varje-vecka"));
        assertEquals(List.of("2027-01-02", "2027-02-06", "2027-03-06", "2027-04-03", "2027-05-01", "2027-06-05"),
                dates(occurrences.get("forsta-lordagen")));
        assertEquals(List.of("2026-10-30", "2026-11-27", "2026-12-25", "2027-01-29", "2027-02-26", "2027-03-26",
                "2027-04-30", "2027-05-28"), dates(occurrences.get("sista-fredagen")));
        // the two-week steps cross ISO week 53 (2026-12-28) by the weeks counted from the start
        assertEquals(List.of("2026-12-21", "2026-12-23", "2027-01-04", "2027-01-06", "2027-01-18", "2027-01-20"),
                dates(occurrences.get("mandag-onsdag")));
        assertEquals(List.of("2027-03-22", "2027-03-24", "2027-03-29", "2027-03-31", "2027-04-05", "2027-04-07"),
                dates(occurrences.get("varje-vecka")));
        // 02:30 on the night the clocks go back exists twice: the first, still summer time
        assertEquals("2026-10-25T02:30:00+02:00", occurrences.get("natten").get(0));
        for (String id : occurrences.keySet()) {
            VEvent event = CalendarFiles.event(CalendarFiles.parse(site.resolve("calendar/events/" + id + ".ics")), id);
            List<String> expanded = CalendarFiles.expand(event, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)).stream()
                    .map(p -> p.getStart().withZoneSameInstant(CalendarFiles.STOCKHOLM).toOffsetDateTime().toString())
                    .toList();
            List<String> listed = occurrences.get(id).stream().map(s -> OffsetDateTime.parse(s).toString()).toList();
            assertEquals(listed, expanded, id);
        }
    }

    private static List<String> dates(List<String> starts) {
        return starts.stream().map(s -> s.substring(0, 10)).toList();
    }
}
