package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The events of the fixture site {@code calendar} as VEVENTs: repetition, skipped dates,
 * cancellation, the October change to winter time, and the texts calendar programs show.
 */
class CalendarEventsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = CalendarFiles.build(work, TestSites.fixture("sites/calendar/content"), "site", "2026-10-01");
    }

    private static VEvent event(String id) {
        Calendar calendar = CalendarFiles.parse(site.resolve("calendar/events/" + id + ".ics"));
        assertEquals(List.of(), CalendarFiles.problems(calendar), id);
        List<VEvent> events = CalendarFiles.events(calendar);
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    void everyCalendarFileOfTheFixtureParsesStrictlyAndPassesValidation() {
        for (Map.Entry<String, Path> file : CalendarFiles.all(site).entrySet()) {
            assertEquals(List.of(), CalendarFiles.problems(CalendarFiles.parse(file.getValue())), file.getKey());
        }
    }

    @Test
    void aWeeklyEventAcrossTheOctoberClockChangeStaysAtOneOClockLocalTime() {
        VEvent event = event("hostverkstad");
        assertEquals("FREQ=WEEKLY;COUNT=4", CalendarFiles.value(event, Property.RRULE));
        List<Period<ZonedDateTime>> occurrences = CalendarFiles.expand(event, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31));
        assertEquals(List.of(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 21), LocalDate.of(2026, 10, 28),
                LocalDate.of(2026, 11, 4)), occurrences.stream().map(p -> p.getStart().toLocalDate()).toList());
        for (Period<ZonedDateTime> occurrence : occurrences) {
            assertEquals(LocalTime.of(13, 0), occurrence.getStart().toLocalTime());
            assertEquals(LocalTime.of(15, 0), occurrence.getEnd().toLocalTime());
        }
        // summer time before 25 October, winter time after: the same local time is another instant
        assertEquals(List.of(ZoneOffset.ofHours(2), ZoneOffset.ofHours(2), ZoneOffset.ofHours(1), ZoneOffset.ofHours(1)),
                occurrences.stream().map(p -> p.getStart().getOffset()).toList());
        assertEquals("2026-10-21T11:00:00Z", occurrences.get(1).getStart().toInstant().toString());
        assertEquals("2026-10-28T12:00:00Z", occurrences.get(2).getStart().toInstant().toString());
    }

    @Test
    void aSkippedDateIsAnExdateAtTheLocalStartAndNoOccurrence() {
        VEvent event = event("sprakcafe");
        assertEquals(List.of("20261230T173000"), CalendarFiles.values(event, Property.EXDATE));
        assertTrue(event.getProperty(Property.EXDATE).orElseThrow().getParameter("TZID").isPresent());
        List<LocalDate> dates = CalendarFiles.expand(event, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 12, 31))
                .stream().map(p -> p.getStart().toLocalDate()).toList();
        assertTrue(dates.contains(LocalDate.of(2026, 12, 16)), dates.toString());
        assertFalse(dates.contains(LocalDate.of(2026, 12, 30)), dates.toString());
        assertEquals(LocalDate.of(2027, 3, 24), dates.get(dates.size() - 1), "until 31 March, every other Wednesday");
    }

    @Test
    void aCancelledEventIsStatusCancelledAndTheOthersAreConfirmed() {
        assertEquals("CANCELLED", CalendarFiles.value(event("installd"), Property.STATUS));
        for (String id : List.of("hostverkstad", "sprakcafe", "manadstraff", "testtraff")) {
            assertEquals("CONFIRMED", CalendarFiles.value(event(id), Property.STATUS), id);
        }
    }

    @Test
    void theRruleOfEachCalendarIsTheRruleOfEventsJson() throws IOException {
        JsonNode events = MAPPER.readTree(site.resolve("api/v1/events.json").toFile());
        int repeating = 0;
        for (JsonNode json : events) {
            VEvent event = event(json.get("id").asText());
            JsonNode rrule = json.get("rrule");
            if (rrule == null || rrule.isNull()) {
                assertNull(CalendarFiles.value(event, Property.RRULE));
            } else {
                assertEquals(rrule.asText(), CalendarFiles.value(event, Property.RRULE));
                repeating++;
            }
        }
        assertEquals(3, repeating);
        assertEquals("FREQ=WEEKLY;UNTIL=20270331T215959Z;INTERVAL=2", CalendarFiles.value(event("sprakcafe"), Property.RRULE));
        assertEquals("FREQ=MONTHLY;COUNT=6", CalendarFiles.value(event("manadstraff"), Property.RRULE));
    }

    @Test
    void aOneOffEventHasNoRepetition() {
        VEvent event = event("testtraff");
        assertNull(CalendarFiles.value(event, Property.RRULE));
        assertEquals(List.of(), CalendarFiles.values(event, Property.EXDATE));
        assertEquals("20261202T130000", CalendarFiles.value(event, Property.DTSTART));
        assertEquals("20261202T150000", CalendarFiles.value(event, Property.DTEND));
    }

    @Test
    void theDescriptionIsPlainTextWithTheSummaryTheBodyAndTheRegistration() {
        VEvent event = event("sprakcafe");
        assertEquals("Språkcafé; prata, fika & lär", CalendarFiles.value(event, Property.SUMMARY));
        assertEquals("""
                Öva svenska varannan onsdag.

                Så går det till

                Vi pratar i små grupper. Läs mer på vår sida.

                - Ingen anmälan behövs
                - Fika finns

                Anmälan: https://example.se/boka/sprakcafe""", CalendarFiles.value(event, Property.DESCRIPTION));
        assertEquals("https://test.example.se/evenemang/sprakcafe/", CalendarFiles.value(event, Property.URL));
    }

    @Test
    void theLocationNamesThePlaceOrTheLocationWithTheAddress() {
        assertEquals("Testplatsen, Testgatan 1, 123 45 Göteborg", CalendarFiles.value(event("hostverkstad"), Property.LOCATION));
        assertEquals("57.7;11.97", CalendarFiles.value(event("hostverkstad"), Property.GEO));
        assertEquals("Biblioteket, Bokgatan 2, 411 01 Göteborg", CalendarFiles.value(event("manadstraff"), Property.LOCATION));
        assertNull(CalendarFiles.value(event("manadstraff"), Property.GEO));
    }

    @Test
    void theOrganizerIsTheOrganisationOrElseThePublisher() {
        assertEquals("mailto:org@example.se", CalendarFiles.value(event("hostverkstad"), Property.ORGANIZER));
        assertEquals("mailto:info@example.se", CalendarFiles.value(event("sprakcafe"), Property.ORGANIZER));
    }
    /**
     * A site with a year's worth of past events, built on 2027-06-01: events.ics keeps those that
     * ended on or after 2027-03-03 (90 days back), a repeating event by its last occurrence, and
     * each event keeps its own file.
     */
    @Test
    void theEventsCalendarKeepsEventsThatEndedInTheLastNinetyDaysAndNoOlder() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/calendar/content"), work.resolve("many-past"));
        try (var old = Files.list(content.resolve("events"))) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        LocalDate today = LocalDate.of(2027, 6, 1);
        List<String> expected = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int daysAgo = 1; daysAgo <= 360; daysAgo += 3) {
            String id = "traff-" + daysAgo;
            LocalDate date = today.minusDays(daysAgo);
            event(content, id, date + "T10:00", "duration: 2h");
            all.add(id);
            if (daysAgo <= 90) {
                expected.add(id);
            }
        }
        // over the edge of the 90 days: ends 00:30 on 2027-03-03, or at noon the day before
        event(content, "natt-over-kanten", "2027-03-02T23:00", "duration: 1h30m");
        event(content, "dagen-fore", "2027-03-02T10:00", "duration: 2h");
        // begun long ago, its last occurrence (Monday 2027-03-29) recent; and one long over
        event(content, "veckotraff", "2026-06-01T17:00", "duration: 1h\nrepeat: { every: 1 weeks, until: 2027-04-01 }");
        event(content, "hostkurs", "2026-09-01T17:00", "duration: 1h\nrepeat: { every: 1 weeks, count: 10 }");
        expected.addAll(List.of("natt-over-kanten", "veckotraff"));
        all.addAll(List.of("natt-over-kanten", "dagen-fore", "veckotraff", "hostkurs"));
        Path built = CalendarFiles.build(work, content, "many-past-site", today.toString());

        Calendar calendar = CalendarFiles.parse(built.resolve(CalendarWriter.EVENTS));
        assertEquals(List.of(), CalendarFiles.problems(calendar));
        List<String> uids = CalendarFiles.events(calendar).stream()
                .map(e -> CalendarFiles.value(e, Property.UID).replace("@test.example.se", "")).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), uids);
        for (String id : all) {
            assertTrue(Files.exists(built.resolve("calendar/events/" + id + ".ics")), id);
        }
    }

    private static void event(Path content, String id, String start, String more) throws IOException {
        Files.writeString(content.resolve("events/" + id + ".md"), "---\ntitle: Träff " + id + "\nplace: testplats\nstart: "
                + start + "\n" + more + "\n---\nEn träff.\n");
    }
}
