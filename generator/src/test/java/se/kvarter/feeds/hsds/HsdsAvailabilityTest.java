package se.kvarter.feeds.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvarter.TestSites;
import se.kvarter.feeds.OpenDataWriter;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Opening;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.Site;

/**
 * The HSDS export read back as an importer reads it: every schedule of every location expanded
 * into dated openings for each day from the reference date to the horizon ({@code valid_from},
 * {@code valid_to}, {@code freq WEEKLY}, {@code byday}), compared day by day with the place's
 * {@link Availability}, the one truth. An open day's openings must be exactly the schedules'
 * (an audience's hours told by their description); a closed or unknown day must have none. The
 * same against {@code places.json}'s {@code schedule} of 28 days, as a third party reads it. Built
 * with the CLI on reference dates around summer, Christmas, Easter and an ordinary autumn day.
 */
class HsdsAvailabilityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HsdsSchemaCheck SCHEMAS = new HsdsSchemaCheck();
    private static final HsdsText TEXT = new HsdsText("sv");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"2026-06-15", "2026-12-06", "2027-03-24", "2026-10-21"})
    void theExampleSitesSchedulesStateItsAvailabilityOnEveryDay(String date) throws IOException {
        assertAgrees(TestSites.exampleContent(), LocalDate.parse(date));
    }

    @Test
    void theCompleteSitesSchedulesStateItsAvailabilityOnEveryDay() throws IOException {
        assertAgrees(TestSites.fixture("sites/complete/content"), LocalDate.of(2026, 11, 24));
        assertAgrees(TestSites.fixture("sites/complete/content"), LocalDate.of(2026, 12, 20));
    }

    @Test
    void thePatternsSitesSchedulesStateItsAvailabilityAcrossWeek53AndTheClockChanges() throws IOException {
        // every other week, nth weekdays of the month, new hours from a date, holidays not decided
        assertAgrees(TestSites.fixture("sites/patterns/content"), LocalDate.of(2026, 10, 20));
        assertAgrees(TestSites.fixture("sites/patterns/content"), LocalDate.of(2026, 12, 20));
    }

    @Test
    void placesThatAreNotOpenOrWereRenamedAgreeToo() throws IOException {
        assertAgrees(HsdsExportTest.renamedAndClosed(work.resolve("variant/content")), LocalDate.of(2026, 12, 6));
    }

    /** Builds the site on {@code date}, and compares each place's schedules with its availability. */
    private void assertAgrees(Path content, LocalDate date) throws IOException {
        Path site = build(content, date);
        Site model = TestSites.validated(content, date);
        Availabilities availabilities = OpenDataWriter.availabilities(model);
        Map<String, JsonNode> locations = new HashMap<>();
        for (JsonNode location : read(site, "locations.json")) {
            locations.put(location.get("external_identifier").asText(), location);
            for (JsonNode schedule : location.path("schedules")) {
                assertEquals(List.of(), SCHEMAS.errors("schedule.json", schedule.toString()));
            }
        }
        List<String> disagreements = new ArrayList<>();
        for (Place place : model.defaultEdition().places()) {
            JsonNode location = locations.get(model.settings().baseUrl() + "platser/" + place.id() + "/");
            assertTrue(location != null, "no location for " + place.id());
            Availability availability = availabilities.of(place);
            for (LocalDate day = date; !day.isAfter(availability.knownUntil()); day = day.plusDays(1)) {
                List<String> expected = expected(availability.day(day));
                List<String> stated = stated(location, day);
                if (!expected.equals(stated)) {
                    disagreements.add(place.id() + " " + day + ": availability " + state(availability.day(day))
                            + " " + expected + ", HSDS " + stated);
                }
            }
        }
        // and with what a third party reads in API v1: places.json's schedule of the next 28 days
        for (JsonNode place : MAPPER.readTree(Files.readString(site.resolve("api/v1/places.json")))) {
            JsonNode location = locations.get(place.get("url").asText());
            for (JsonNode day : place.path("openingHours").path("schedule")) {
                List<String> published = new ArrayList<>();
                for (JsonNode open : day.path("open")) {
                    String time = open.get("opens").asText() + "-" + open.get("closes").asText().replace("24:00", "00:00");
                    published.add(open.has("audience") && !open.get("audience").asText().equals("everyone")
                            ? time + " " + TEXT.audience(Audience.valueOf(open.get("audience").asText().toUpperCase(Locale.ROOT)))
                            : time);
                }
                published.sort(null);
                List<String> stated = stated(location, LocalDate.parse(day.get("date").asText()));
                if (!published.equals(stated)) {
                    disagreements.add(place.get("id").asText() + " " + day.get("date").asText() + ": places.json "
                            + day.path("status").asText() + " " + published + ", HSDS " + stated);
                }
            }
        }
        assertEquals(List.of(), disagreements.subList(0, Math.min(20, disagreements.size())),
                disagreements.size() + " disagreements on " + date);
    }

    /** The openings the availability gives on a day, as {@code 09:00-19:00} or {@code 10:00-15:00 Bara för barnfamiljer}. */
    private static List<String> expected(DaySchedule day) {
        List<String> openings = new ArrayList<>();
        for (Opening opening : day.openings()) {
            String time = opening.time().opens() + "-" + HsdsSchedules.closes(opening.time());
            boolean everyone = opening.audience() == null || opening.audience() == Audience.EVERYONE;
            openings.add(everyone ? time : time + " " + TEXT.audience(opening.audience()));
        }
        openings.sort(null);
        return openings;
    }

    private static String state(DaySchedule day) {
        return day.state().name().toLowerCase(Locale.ROOT);
    }

    /** What an importer makes of the location's schedules on {@code day}. */
    static List<String> stated(JsonNode location, LocalDate day) {
        List<String> openings = new ArrayList<>();
        for (JsonNode schedule : location.path("schedules")) {
            if (claims(schedule, day)) {
                String time = schedule.get("opens_at").asText() + "-" + schedule.get("closes_at").asText();
                String description = schedule.path("description").asText();
                String audience = description.startsWith("Bara för ") ? description.substring(0, description.indexOf('.')) : null;
                openings.add(audience == null ? time : time + " " + audience);
            }
        }
        openings.sort(null);
        return openings;
    }

    /** Whether a schedule has an opening on {@code day}: within its validity, its frequency's rule, on one of its days. */
    static boolean claims(JsonNode schedule, LocalDate day) {
        if (schedule.has("valid_from") && day.isBefore(LocalDate.parse(schedule.get("valid_from").asText()))
                || schedule.has("valid_to") && day.isAfter(LocalDate.parse(schedule.get("valid_to").asText()))) {
            return false;
        }
        assertEquals("WEEKLY", schedule.path("freq").asText(), "only weekly schedules are expected: " + schedule);
        assertFalse(schedule.has("interval") && schedule.get("interval").asInt() != 1, "no interval is expected: " + schedule);
        assertFalse(schedule.has("until") || schedule.has("count") || schedule.has("byweekno"), schedule.toString());
        for (String code : schedule.get("byday").asText().split(",")) {
            if (weekday(code) == day.getDayOfWeek()) {
                return true;
            }
        }
        return false;
    }

    private static DayOfWeek weekday(String code) {
        for (DayOfWeek weekday : DayOfWeek.values()) {
            if (weekday.name().startsWith(code)) {
                return weekday;
            }
        }
        throw new AssertionError("not an RFC 5545 weekday: " + code);
    }

    private Path build(Path content, LocalDate date) {
        Path out = work.resolve(content.getParent().getFileName() + "-" + date);
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", date.toString());
        assertEquals(0, run.exit(), run.err());
        return out;
    }


    static JsonNode read(Path site, String file) throws IOException {
        return MAPPER.readTree(Files.readString(site.resolve("api/hsds/" + file)));
    }
}
