package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import se.kvarter.TestSites;

/** Reads built iCalendar files back with ical4j, strictly, for the calendar tests. */
public final class CalendarFiles {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private CalendarFiles() {
    }

    /** Builds {@code content} with the example templates into {@code work/name} at {@code date}. */
    public static Path build(Path work, Path content, String name, String date) {
        Path out = work.resolve(name);
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", date);
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    /** Every {@code .ics} file under {@code calendar/} of a built site, by path relative to the site. */
    static SortedMap<String, Path> all(Path site) {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site.resolve("calendar"))) {
            paths.filter(p -> p.toString().endsWith(".ics"))
                    .forEach(p -> files.put(site.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The calendar in a file, parsed with every relaxed compatibility hint off: unfolding,
     * parsing and validation as RFC 5545 has them, no Outlook or Lotus Notes allowances.
     */
    public static Calendar parse(Path file) {
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_PARSING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY)) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError(file + " does not parse: " + e.getMessage(), e);
        }
    }

    /** What ical4j's validation (RFC 5545, and iTIP for METHOD) finds wrong, empty when nothing. */
    public static List<String> problems(Calendar calendar) {
        try {
            ValidationResult result = calendar.validate();
            return result.getEntries().stream().map(Object::toString).sorted().toList();
        } catch (ValidationException e) {
            return List.of(e.getMessage());
        }
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(c -> (VEvent) c).toList();
    }

    public static VEvent event(Calendar calendar, String uidStart) {
        List<VEvent> found = events(calendar).stream().filter(e -> value(e, Property.UID).startsWith(uidStart)).toList();
        assertFalse(found.isEmpty(), "no VEVENT with a UID starting " + uidStart);
        return found.get(0);
    }

    static String value(PropertyListAccessor container, String name) {
        return container.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    static List<String> values(PropertyListAccessor container, String name) {
        return container.<Property>getProperties(name).stream().map(Property::getValue).toList();
    }

    /** The occurrences of an event that start on the days {@code from} to {@code to}, as ical4j expands them. */
    public static List<Period<ZonedDateTime>> expand(VEvent event, LocalDate from, LocalDate to) {
        Period<ZonedDateTime> window = new Period<>(from.atStartOfDay(STOCKHOLM), to.plusDays(1).atStartOfDay(STOCKHOLM));
        List<Period<ZonedDateTime>> occurrences = new ArrayList<>();
        for (Period<ZonedDateTime> period : event.<ZonedDateTime>calculateRecurrenceSet(window)) {
            LocalDate day = period.getStart().toLocalDate();
            if (!day.isBefore(from) && !day.isAfter(to)) {
                occurrences.add(period);
            }
        }
        occurrences.sort(null);
        return occurrences;
    }
}
