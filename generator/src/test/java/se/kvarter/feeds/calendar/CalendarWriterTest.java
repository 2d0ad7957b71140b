package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.feeds.OpenDataCache;
import se.kvarter.feeds.OpenDataWriter;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Opening;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.Site;
import se.kvarter.output.OutputFile;

/**
 * The calendar writer on a loaded site model: its hours calendars against the places'
 * availability over the whole horizon, and the DTSTAMP from {@code SOURCE_DATE_EPOCH} or the reference date.
 */
class CalendarWriterTest {

    @TempDir
    Path work;


    /** The open-data files of a site, written to {@code work} so that ical4j reads them as any reader would. */
    private Map<String, Path> openData(Site site, String sourceDateEpoch) {
        List<OutputFile> files = new ArrayList<>();
        new OpenDataWriter(new ObjectMapper(), sourceDateEpoch, OpenDataCache.forOneBuild()).write(site, List.of(), files::add);
        Map<String, Path> written = new TreeMap<>();
        Path folder = work.resolve(site.settings().title() + "-" + site.now().date());
        try {
            for (OutputFile file : files) {
                Path path = folder.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.bytes());
                written.put(file.path(), path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * The real time {@code minutes} after the start of {@code date} on the clock, as the hours
     * engine reads it: a time the spring change skips moves forward, an ambiguous one in autumn
     * takes the summer offset. Each opening is compared in real time because an RRULE instance
     * lasts as long as the first one (RFC 5545), which on the nights of the change is also what
     * the engine means by 22:00-02:00.
     */
    private static Instant instant(LocalDate date, int minutes) {
        LocalDate day = date.plusDays(minutes / 1440);
        return ZonedDateTime.of(day, java.time.LocalTime.of(minutes % 1440 / 60, minutes % 60), CalendarFiles.STOCKHOLM)
                .toInstant();
    }

    /**
     * A consumer's check of every place calendar: expanded by ical4j from the reference date to
     * the end of the horizon, each day has exactly the openings of the place's {@link Availability}
     * (closed and unknown days none), each for the audience it has, and after the horizon nothing.
     * The example at dates around midsummer, Christmas, Easter and both daylight-saving changes,
     * and the fixtures in and out of their seasons and exceptions.
     */
    @Test
    void expandedHoursCalendarsAgreeWithTheAvailabilityOverTheWholeHorizon() {
        Path example = TestSites.exampleContent();
        Path complete = TestSites.fixture("sites/complete/content");
        Path calendar = TestSites.fixture("sites/calendar/content");
        List<String> disagreements = new ArrayList<>();
        int days = 0;
        for (Map.Entry<Path, LocalDate> content : List.of(Map.entry(example, LocalDate.of(2026, 6, 1)),
                Map.entry(example, LocalDate.of(2026, 6, 15)), Map.entry(example, LocalDate.of(2026, 12, 6)),
                Map.entry(example, LocalDate.of(2027, 3, 24)), Map.entry(example, LocalDate.of(2026, 10, 21)),
                Map.entry(complete, LocalDate.of(2026, 11, 24)), Map.entry(complete, LocalDate.of(2027, 1, 2)),
                Map.entry(calendar, LocalDate.of(2026, 11, 24)), Map.entry(calendar, LocalDate.of(2027, 1, 10)),
                Map.entry(calendar, LocalDate.of(2027, 2, 2)))) {
            Site site = TestSites.validated(content.getKey(), content.getValue());
            Availabilities availabilities = OpenDataWriter.availabilities(site);
            Map<String, Path> files = openData(site, null);
            for (Place place : site.defaultEdition().places()) {
                Availability availability = availabilities.of(place);
                LocalDate from = availability.today();
                LocalDate to = availability.knownUntil();
                Calendar hours = CalendarFiles.parse(files.get("calendar/places/" + place.id() + ".ics"));
                Map<LocalDate, List<String>> expanded = new TreeMap<>();
                for (VEvent event : CalendarFiles.events(hours)) {
                    String who = who(CalendarFiles.value(event, Property.SUMMARY), place.name());
                    for (Period<ZonedDateTime> period : CalendarFiles.expand(event, from, to)) {
                        expanded.computeIfAbsent(period.getStart().toLocalDate(), d -> new ArrayList<>())
                                .add(who + " " + period.getStart().toInstant() + "/" + period.getEnd().toInstant());
                    }
                    List<Period<ZonedDateTime>> after = CalendarFiles.expand(event, to.plusDays(1), to.plusYears(3));
                    assertTrue(after.isEmpty(), place.id() + " (built " + content.getValue() + ") claims "
                            + (after.isEmpty() ? "" : after.get(0)) + ", after the horizon " + to);
                }
                for (DaySchedule day : availability.days(from, (int) (to.toEpochDay() - from.toEpochDay() + 1))) {
                    List<String> expected = new ArrayList<>();
                    for (Opening opening : day.openings()) {
                        String audience = opening.audience() == null || opening.audience() == Audience.EVERYONE
                                ? "" : " för " + CalendarHoursTest.SWEDISH.get(opening.audience().code());
                        expected.add("Öppet" + audience + " "
                                + instant(day.date(), opening.time().start()) + "/" + instant(day.date(),
                                opening.time().crossesMidnight() ? 1440 + opening.time().end() : opening.time().end()));
                    }
                    expected.sort(null);
                    List<String> actual = new ArrayList<>(expanded.getOrDefault(day.date(), List.of()));
                    actual.sort(null);
                    if (!expected.equals(actual)) {
                        disagreements.add(place.id() + " " + day.date() + " (built " + content.getValue()
                                + "): availability " + day.state() + " " + expected + ", calendar " + actual);
                    }
                    days++;
                }
            }
        }
        assertEquals(List.of(), disagreements.stream().limit(20).toList(), disagreements.size() + " disagreements");
        assertTrue(days >= 40 * Availability.HORIZON_DAYS, "days compared: " + days);
    }

    /** Whom a SUMMARY opens for ("Öppet för barnfamiljer"), the place's name and a reason left out. */
    private static String who(String summary, String place) {
        int name = summary.indexOf(": " + place);
        assertTrue(name > 0, summary);
        return summary.substring(0, name);
    }

    @Test
    void theStampIsSourceDateEpochWhenTheBuildHasOne() {
        Site site = TestSites.validated(TestSites.fixture("sites/calendar/content"), LocalDate.of(2026, 11, 24));
        Map<String, Path> files = openData(site, "1767225600");
        int events = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            if (file.getKey().endsWith(".ics")) {
                for (VEvent event : CalendarFiles.events(CalendarFiles.parse(file.getValue()))) {
                    assertEquals("20260101T000000Z", CalendarFiles.value(event, Property.DTSTAMP), file.getKey());
                    events++;
                }
            }
        }
        assertTrue(events > 10, "events: " + events);
    }

    @Test
    void withoutSourceDateEpochTheStampIsTheStartOfTheReferenceDateInTheSiteZone() {
        ReferenceTime winter = ReferenceTime.startOf(LocalDate.of(2026, 11, 24));
        assertEquals(Instant.parse("2026-11-23T23:00:00Z"), CalendarWriter.stamp(null, winter, CalendarFiles.STOCKHOLM));
        ReferenceTime summer = ReferenceTime.startOf(LocalDate.of(2026, 6, 1));
        assertEquals(Instant.parse("2026-05-31T22:00:00Z"), CalendarWriter.stamp(null, summer, CalendarFiles.STOCKHOLM));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), CalendarWriter.stamp(" 1767225600\n", winter, CalendarFiles.STOCKHOLM));
    }

    @Test
    void aSourceDateEpochThatIsNoNumberOfSecondsIsIgnored() {
        ReferenceTime now = ReferenceTime.startOf(LocalDate.of(2026, 11, 24));
        for (String value : List.of("", "soon", "-5", "2026-01-01", "1.5")) {
            assertEquals(Instant.parse("2026-11-23T23:00:00Z"), CalendarWriter.stamp(value, now, CalendarFiles.STOCKHOLM), value);
        }
    }
}
