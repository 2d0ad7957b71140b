package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.Site;
import se.kvarter.model.TimeRange;

/**
 * The example site built on four reference dates (summer, Advent, and the weeks of both clock
 * changes): the {@code osm} value of every place in places.json, read by the reference evaluator,
 * says what the place's {@code schedule} says on each of its 28 days, and what the place's
 * availability says on every day of the coming year; GeoJSON carries the same value. So do the
 * fixture sites with every kind of hours (seasons, audiences, a night café, a closed place, and
 * every other week, nth weekdays of the month and new hours from a date).
 */
class OsmExampleSiteTest {

    private static final List<String> DATES = List.of("2026-06-15", "2026-12-06", "2027-03-24", "2026-10-21");

    /** The sites built: the example on each date, and the fixture sites of every kind of hours (a night café). */
    private static final List<Map.Entry<Path, String>> BUILDS = builds();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path work;

    /** One place of one build, with what the evaluator is to read in its value. */
    private record Checked(String label, String value, JsonNode schedule, Availability availability) {
    }

    @Test
    void everyPlaceValueSaysWhatItsScheduleAndItsAvailabilitySay() throws IOException {
        OsmEvaluator.requireInstalled();
        List<Checked> checked = new ArrayList<>();
        int withoutValue = 0;
        for (Map.Entry<Path, String> build : BUILDS) {
            String date = build.getValue();
            Path out = work.resolve(build.getKey().getParent().getFileName() + "-" + date);
            TestSites.Run run = TestSites.kvarter("build", "--content", build.getKey().toString(),
                    "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", date, "--quiet");
            assertEquals(0, run.exit(), run.err());
            Site site = TestSites.validated(build.getKey(), LocalDate.parse(date));
            Availabilities availabilities = new Availabilities(new HoursEngine(HolidayCalendar.of(site.settings().holidays())),
                    site.now().date(), status -> status.code());
            Map<String, Place> places = new HashMap<>();
            site.defaultEdition().places().forEach(place -> places.put(place.id(), place));
            Map<String, JsonNode> geo = new HashMap<>();
            for (JsonNode feature : MAPPER.readTree(out.resolve("api/v1/places.geojson").toFile()).get("features")) {
                geo.put(feature.get("id").asText(), feature.get("properties"));
            }
            for (JsonNode place : MAPPER.readTree(out.resolve("api/v1/places.json").toFile())) {
                String id = place.get("id").asText();
                JsonNode hours = place.get("openingHours");
                assertTrue(hours.has("osm"), id + " has no osm member");
                String value = hours.get("osm").isNull() ? null : hours.get("osm").asText();
                if (geo.containsKey(id)) {
                    JsonNode property = geo.get(id).get("openingHours");
                    assertEquals(value, property == null || property.isNull() ? null : property.asText(), "GeoJSON of " + id);
                }
                Availability availability = availabilities.of(places.get(id));
                if (value == null) {
                    withoutValue++;
                    assertFalse(availability.hasHours(), id + " publishes hours but has no value");
                    hours.get("schedule").forEach(day -> assertEquals("unknown", day.get("status").asText(), id));
                    continue;
                }
                checked.add(new Checked(id + " (" + out.getFileName() + ")", value, hours.get("schedule"), availability));
            }
        }
        List<OsmEvaluator.Reading> readings = OsmEvaluator.read(checked.stream()
                .map(place -> new OsmEvaluator.Case(place.value(), place.availability().today(), Availability.HORIZON_DAYS + 1))
                .toList());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Checked place = checked.get(i);
            OsmEvaluator.Reading reading = readings.get(i);
            Map<LocalDate, DaySchedule> schedule = schedule(place.schedule());
            Function<LocalDate, DaySchedule> scheduleDays = date -> schedule.getOrDefault(date, place.availability().day(date));
            LocalDate first = place.availability().today();
            assertEquals(first, schedule.keySet().stream().min(LocalDate::compareTo).orElseThrow(), place.label());
            problems.addAll(OsmAgreement.disagreements(place.label() + " schedule", place.value(), reading, scheduleDays,
                    first, schedule.size(), OsmEvaluator.ZONE));
            problems.addAll(OsmAgreement.disagreements(place.label() + " availability", place.value(), reading,
                    place.availability()::day, first, Availability.HORIZON_DAYS + 1, OsmEvaluator.ZONE));
            if (problems.size() > 0 && problems.get(problems.size() - 1).startsWith(place.label())) {
                problems.add("  (value of " + place.label() + ": " + place.value() + ")");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems.stream().limit(40).toList()));
        assertTrue(checked.size() >= 4 * 5, "values read: " + checked.size() + ", without value: " + withoutValue);
    }

    private static List<Map.Entry<Path, String>> builds() {
        List<Map.Entry<Path, String>> builds = new ArrayList<>();
        DATES.forEach(date -> builds.add(Map.entry(TestSites.exampleContent(), date)));
        builds.add(Map.entry(TestSites.fixture("sites/complete/content"), "2026-11-24"));
        builds.add(Map.entry(TestSites.fixture("sites/calendar/content"), "2027-03-24"));
        // every pattern of the content guide, its coming year across ISO week 53 and both clock changes
        builds.add(Map.entry(TestSites.fixture("sites/patterns/content"), "2026-10-20"));
        builds.add(Map.entry(TestSites.fixture("sites/patterns/content"), "2026-12-20"));
        return builds;
    }


    /** The days of a place's {@code schedule} in places.json as resolved days. */
    private static Map<LocalDate, DaySchedule> schedule(JsonNode schedule) {
        Map<LocalDate, DaySchedule> days = new HashMap<>();
        for (JsonNode day : schedule) {
            LocalDate date = LocalDate.parse(day.get("date").asText());
            List<Opening> openings = new ArrayList<>();
            for (JsonNode open : day.path("open")) {
                String code = open.path("audience").asText(null);
                Audience audience = code == null ? null
                        : Arrays.stream(Audience.values()).filter(a -> a.code().equals(code)).findFirst().orElseThrow();
                openings.add(new Opening(new TimeRange(minutes(open.get("opens").asText()), minutes(open.get("closes").asText())),
                        audience, null));
            }
            boolean unknown = day.get("status").asText().equals("unknown");
            days.put(date, new DaySchedule(date, openings, null, null, false, unknown));
        }
        return days;
    }

    private static int minutes(String clock) {
        return Integer.parseInt(clock.substring(0, 2)) * 60 + Integer.parseInt(clock.substring(3));
    }
}
