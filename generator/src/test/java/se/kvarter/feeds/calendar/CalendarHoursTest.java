package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.hours.Availability;

/**
 * The places' opening hours as recurring VEVENTs: expanded by ical4j they give the same
 * openings as the hours engine (holidays, exceptions and seasons applied), and each kind of
 * rule comes out as outputs.md describes it.
 */
class CalendarHoursTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** The audiences of the test sites' hours, by code, as a Swedish SUMMARY names them. */
    private static final Pattern UTC_UNTIL = Pattern.compile("UNTIL=(\\d{8})T\\d{6}Z");
    static final Map<String, String> SWEDISH = Map.of("families", "barnfamiljer", "youth", "unga",
            "children", "barn", "seniors", "äldre", "adults", "vuxna", "women", "kvinnor", "newcomers", "nyanlända");

    @TempDir
    static Path work;
    static Path example;
    static Path complete;
    static Path fixture;
    /** The example built around midsummer, Christmas, Easter and the October change to winter time. */
    static List<Path> examples = new ArrayList<>();

    @BeforeAll
    static void build() {
        example = CalendarFiles.build(work, TestSites.exampleContent(), "example", "2026-06-01");
        complete = CalendarFiles.build(work, TestSites.fixture("sites/complete/content"), "complete", "2026-11-24");
        fixture = CalendarFiles.build(work, TestSites.fixture("sites/calendar/content"), "calendar", "2026-11-24");
        for (String date : List.of("2026-06-15", "2026-12-06", "2027-03-24", "2026-10-21")) {
            examples.add(CalendarFiles.build(work, TestSites.exampleContent(), "example-" + date, date));
        }
    }

    private static Calendar place(Path site, String id) {
        Calendar calendar = CalendarFiles.parse(site.resolve("calendar/places/" + id + ".ics"));
        assertEquals(List.of(), CalendarFiles.problems(calendar), id);
        return calendar;
    }

    /**
     * Every opening of a place calendar that starts on the days from {@code from} to {@code to},
     * by day, with whom it is for: {@code 09:00-19:00} for everyone, {@code 09:00-12:00 barnfamiljer}
     * for an audience, as the SUMMARY names it ("Öppet för barnfamiljer: ...").
     */
    private static Map<LocalDate, List<String>> openings(Calendar calendar, LocalDate from, LocalDate to) {
        Map<LocalDate, List<String>> days = new TreeMap<>();
        for (VEvent event : CalendarFiles.events(calendar)) {
            String who = who(CalendarFiles.value(event, Property.SUMMARY));
            for (Period<ZonedDateTime> period : CalendarFiles.expand(event, from, to)) {
                days.computeIfAbsent(period.getStart().toLocalDate(), d -> new ArrayList<>()).add(range(period) + who);
            }
        }
        days.values().forEach(list -> list.sort(null));
        return days;
    }

    /** " barnfamiljer" of "Öppet för barnfamiljer: Hubben", nothing of "Öppet: Hubben". */
    private static String who(String summary) {
        return summary.startsWith("Öppet för ") ? " " + summary.substring("Öppet för ".length(), summary.indexOf(": ")) : "";
    }

    /** {@code 09:00-19:00}, with {@code 24:00} for an end at the next midnight, as places.json writes it. */
    private static String range(Period<ZonedDateTime> period) {
        ZonedDateTime start = period.getStart();
        ZonedDateTime end = period.getEnd();
        boolean midnight = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.toLocalDate().isAfter(start.toLocalDate());
        return CLOCK.format(start) + "-" + (midnight ? "24:00" : CLOCK.format(end));
    }

    @Test
    void aPlaceOpenOnWeekdaysIsClosedOnMidsummerEveAndOpenTheMondayAfter() {
        Map<LocalDate, List<String>> june = openings(place(example, "motesplats-hasselby"),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(List.of("09:00-19:00"), june.get(LocalDate.of(2026, 6, 18)));
        assertFalse(june.containsKey(LocalDate.of(2026, 6, 19)), "midsommarafton");
        assertFalse(june.containsKey(LocalDate.of(2026, 6, 20)), "a Saturday");
        assertEquals(List.of("09:00-19:00"), june.get(LocalDate.of(2026, 6, 22)));
        assertEquals(21, june.size(), june.keySet().toString());
    }

    /**
     * What a consumer of both finds: every place calendar, expanded by ical4j, gives each day of
     * the schedule in places.json (open with its intervals and audiences; closed and unknown days
     * nothing). The whole horizon is compared with the availability in {@link CalendarWriterTest}.
     */
    @Test
    void expandedHoursCalendarsGiveTheScheduleOfPlacesJson() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int forAudience = 0;
        List<Path> sites = new ArrayList<>(List.of(example, complete, fixture));
        sites.addAll(examples);
        for (Path site : sites) {
            for (JsonNode place : MAPPER.readTree(site.resolve("api/v1/places.json").toFile())) {
                JsonNode schedule = place.get("openingHours").get("schedule");
                LocalDate from = LocalDate.parse(schedule.get(0).get("date").asText());
                LocalDate to = LocalDate.parse(schedule.get(schedule.size() - 1).get("date").asText());
                Map<LocalDate, List<String>> calendar = openings(place(site, place.get("id").asText()), from, to);
                for (JsonNode day : schedule) {
                    List<String> expected = new ArrayList<>();
                    // an unknown day has no openings to give: the calendar claims none either
                    for (JsonNode open : day.path("open")) {
                        String audience = open.path("audience").asText("");
                        String who = audience.isEmpty() ? "" : " " + SWEDISH.get(audience);
                        expected.add(open.get("opens").asText() + "-" + open.get("closes").asText() + who);
                        forAudience += who.isEmpty() ? 0 : 1;
                    }
                    expected.sort(null);
                    LocalDate date = LocalDate.parse(day.get("date").asText());
                    List<String> actual = calendar.getOrDefault(date, List.of());
                    if (!expected.equals(actual)) {
                        disagreements.add(place.get("id").asText() + " " + date + " (" + site.getFileName() + "): places.json "
                                + day.get("status").asText() + " " + expected + ", calendar " + actual);
                    }
                    compared++;
                }
            }
        }
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), disagreements.size() + " disagreements");
        assertTrue(compared >= 28 * 30, "days compared: " + compared);
        assertTrue(forAudience > 0, "no opening for an audience compared");
    }

    /**
     * RFC 5545 3.3.10: with DTSTART in a time zone, UNTIL is a UTC date-time. Every series of
     * every place calendar ends, by UNTIL or COUNT, no later than the last day of the horizon.
     */
    @Test
    void everySeriesEndsByTheHorizonWithAnUntilInUtc() {
        int series = 0;
        Map<Path, LocalDate> built = Map.of(example, LocalDate.of(2026, 6, 1), complete, LocalDate.of(2026, 11, 24),
                fixture, LocalDate.of(2026, 11, 24));
        for (Path site : built.keySet()) {
            LocalDate horizon = built.get(site).plusDays(Availability.HORIZON_DAYS);
            for (Map.Entry<String, Path> file : CalendarFiles.all(site).entrySet()) {
                if (!file.getKey().startsWith("calendar/places/")) {
                    continue;
                }
                for (VEvent event : CalendarFiles.events(CalendarFiles.parse(file.getValue()))) {
                    String rule = CalendarFiles.value(event, Property.RRULE);
                    if (rule == null) {
                        continue;
                    }
                    series++;
                    Matcher until = UTC_UNTIL.matcher(rule);
                    if (until.find()) {
                        // 23:59:59 of the last day in Stockholm is that day in UTC too
                        LocalDate last = LocalDate.parse(until.group(1), DateTimeFormatter.BASIC_ISO_DATE);
                        assertTrue(!last.isAfter(horizon), file.getKey() + " " + rule + " after " + horizon);
                    } else {
                        assertTrue(rule.contains("COUNT="), file.getKey() + " has no end: " + rule);
                    }
                }
            }
        }
        assertTrue(series > 10, "series: " + series);
    }

    @Test
    void aRangeAcrossMidnightEndsTheNextDayAndTwentyFourHundredIsTheNextMidnight() {
        Calendar calendar = place(fixture, "nattcafe");
        VEvent late = CalendarFiles.event(calendar, "nattcafe-rule-0-0@");
        assertEquals("20261127T220000", CalendarFiles.value(late, Property.DTSTART));
        assertEquals("20261128T020000", CalendarFiles.value(late, Property.DTEND));
        // the series ends with the horizon, 366 days after 2026-11-24, at 23:59:59 there in UTC
        assertEquals("FREQ=WEEKLY;UNTIL=20271125T225959Z;BYDAY=FR,SA", CalendarFiles.value(late, Property.RRULE));
        VEvent sunday = CalendarFiles.event(calendar, "nattcafe-rule-1-0@");
        assertEquals("20261129T120000", CalendarFiles.value(sunday, Property.DTSTART));
        assertEquals("20261130T000000", CalendarFiles.value(sunday, Property.DTEND));
    }

    @Test
    void weeklyEventsStartOnTheFirstOpeningDayOfTheReferenceWeek() {
        // 2026-11-24 is a Tuesday; its week starts on Monday 23 November
        VEvent weekdays = CalendarFiles.event(place(complete, "hubben"), "hubben-rule-0-0@");
        assertEquals("20261123T130000", CalendarFiles.value(weekdays, Property.DTSTART));
        VEvent thursdays = CalendarFiles.event(place(complete, "hubben"), "hubben-rule-1-0@");
        assertEquals("20261126T090000", CalendarFiles.value(thursdays, Property.DTSTART));
    }

    @Test
    void aYearlySeasonIsAnEventForTheComingSeasonThatEndsWithIt() {
        Calendar calendar = place(fixture, "nattcafe");
        VEvent morning = CalendarFiles.event(calendar, "nattcafe-rule-2-0-2026@");
        assertEquals("20261215T100000", CalendarFiles.value(morning, Property.DTSTART));
        assertEquals("FREQ=WEEKLY;UNTIL=20270115T225959Z;BYDAY=MO,TU,WE,TH,FR", CalendarFiles.value(morning, Property.RRULE));
        assertEquals("Vintertider", CalendarFiles.value(morning, Property.DESCRIPTION));
        CalendarFiles.event(calendar, "nattcafe-rule-2-1-2026@");
        // the season names Friday, so the plain Friday evenings pause while it lasts
        List<String> excluded = CalendarFiles.values(CalendarFiles.event(calendar, "nattcafe-rule-0-0@"), Property.EXDATE);
        assertTrue(excluded.contains("20261218T220000"), excluded.toString());
        assertTrue(excluded.contains("20270115T220000"), excluded.toString());
        assertFalse(excluded.contains("20270122T220000"), excluded.toString());
        // summer hours of the complete site: the next season, June to August 2027
        VEvent summer = CalendarFiles.event(place(complete, "hubben"), "hubben-rule-3-0-2027@");
        assertEquals("20270615T100000", CalendarFiles.value(summer, Property.DTSTART));
        assertEquals("FREQ=WEEKLY;UNTIL=20270815T215959Z;BYDAY=MO,TU,WE,TH,FR", CalendarFiles.value(summer, Property.RRULE));
    }

    @Test
    void anExceptionWithOtherHoursIsAnEventOfItsOwnNamedByItsReason() {
        Calendar calendar = place(fixture, "nattcafe");
        VEvent market = CalendarFiles.event(calendar, "nattcafe-exception-2026-12-05-0@");
        assertEquals("Öppet: Nattcaféet – Julmarknad", CalendarFiles.value(market, Property.SUMMARY));
        assertEquals("20261205T180000", CalendarFiles.value(market, Property.DTSTART));
        assertEquals("20261205T230000", CalendarFiles.value(market, Property.DTEND));
        VEvent stocktaking = CalendarFiles.event(calendar, "nattcafe-exception-2027-02-01-0@");
        assertEquals("FREQ=DAILY;COUNT=3", CalendarFiles.value(stocktaking, Property.RRULE));
        // the rules do not open on the exception's day
        assertTrue(CalendarFiles.values(CalendarFiles.event(calendar, "nattcafe-rule-0-0@"), Property.EXDATE)
                .contains("20261205T220000"));
        assertTrue(CalendarFiles.values(CalendarFiles.event(calendar, "nattcafe-rule-3-0@"), Property.EXDATE)
                .contains("20261205T100000"));
    }

    @Test
    void aClosedExceptionAndAHolidayAreExdates() {
        List<String> sundays = CalendarFiles.values(CalendarFiles.event(place(fixture, "nattcafe"), "nattcafe-rule-1-0@"),
                Property.EXDATE);
        assertTrue(sundays.contains("20261129T120000"), "Personaldag: " + sundays);
        assertTrue(sundays.contains("20270328T120000"), "påskdagen: " + sundays);
        assertFalse(sundays.contains("20261206T120000"), sundays.toString());
    }

    @Test
    void hoursForAnAudienceSayWhoTheyAreForAndNoHoursMakeTheSubscriberBusy() {
        Calendar calendar = place(fixture, "nattcafe");
        assertEquals("Öppet för barnfamiljer: Nattcaféet",
                CalendarFiles.value(CalendarFiles.event(calendar, "nattcafe-rule-3-0@"), Property.SUMMARY));
        assertEquals("Öppet: Nattcaféet",
                CalendarFiles.value(CalendarFiles.event(calendar, "nattcafe-rule-0-0@"), Property.SUMMARY));
        for (VEvent event : CalendarFiles.events(calendar)) {
            assertEquals("TRANSPARENT", CalendarFiles.value(event, Property.TRANSP));
            assertEquals("https://test.example.se/platser/nattcafe/", CalendarFiles.value(event, Property.URL));
            assertEquals("Nattcaféet, Nattgatan 3, 123 46 Göteborg", CalendarFiles.value(event, Property.LOCATION));
        }
    }

    @Test
    void aPlaceThatIsNotOpenHasACalendarWithoutOpenings() {
        Calendar calendar = place(fixture, "pausad");
        assertEquals(List.of(), CalendarFiles.events(calendar));
        assertEquals("Pausade platsen – öppettider", CalendarFiles.value(calendar, Property.NAME));
    }
}
