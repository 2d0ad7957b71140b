package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A calendar's VTIMEZONE keeps what its date-times need and gives them the offsets the whole zone gives. */
class CalendarTimeZoneTest {

    private static final List<String> ZONES = List.of("Europe/Stockholm", "America/New_York", "Asia/Tokyo",
            "Australia/Sydney", "Europe/Dublin", "America/Sao_Paulo", "Europe/Istanbul", "Africa/Casablanca");

    @Test
    void stockholmFromThisYearIsTheTwoRulesInForceSince1996() {
        LocalDate monday = LocalDate.of(2026, 6, 8);
        VTimeZone timezone = new CalendarTimeZone(CalendarFiles.STOCKHOLM, List.of(monday)).from(monday);
        assertEquals("Europe/Stockholm", timezone.getProperty("TZID").orElseThrow().getValue());
        List<String> kept = timezone.getObservances().stream()
                .map(o -> o.getName() + " " + o.getProperty("DTSTART").orElseThrow().getValue() + " "
                        + o.getProperty("RRULE").orElseThrow().getValue())
                .toList();
        assertEquals(List.of("STANDARD 19961027T030000 FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                "DAYLIGHT 19810329T020000 FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), kept);
    }

    @Test
    void anOlderEventKeepsTheObservancesOfItsTimeAndEachYearIsCutOnce() {
        LocalDate old = LocalDate.of(1985, 5, 1);
        LocalDate now = LocalDate.of(2026, 6, 8);
        CalendarTimeZone zone = new CalendarTimeZone(CalendarFiles.STOCKHOLM, List.of(now, old, now.minusDays(3)));
        List<Observance> from1984 = zone.from(old).getObservances();
        assertEquals(3, from1984.size(), from1984.toString()); // 1980-1995 standard time ended in September
        assertSame(zone.from(now), zone.from(now.minusDays(3)));
        assertThrows(IllegalArgumentException.class, () -> zone.from(LocalDate.of(2000, 1, 1)));
    }

    @Property(tries = 300)
    void givesEveryLaterTimeTheOffsetOfTheWholeZone(@ForAll @IntRange(min = 0, max = 7) int zoneIndex,
                                                    @ForAll @IntRange(min = 1950, max = 2030) int year,
                                                    @ForAll @LongRange(min = 0, max = 80L * 366 * 24 * 3600) long secondsLater) {
        ZoneId zone = ZoneId.of(ZONES.get(zoneIndex));
        LocalDate earliest = LocalDate.of(year, 3, 15);
        VTimeZone cut = new CalendarTimeZone(zone, List.of(earliest)).from(earliest);
        VTimeZone whole = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId())
                .getVTimeZone().copy();
        Instant at = earliest.atStartOfDay(zone).toInstant().plusSeconds(secondsLater);
        assertEquals(new TimeZone(whole).getOffset(at.toEpochMilli()), new TimeZone(cut).getOffset(at.toEpochMilli()),
                zone + " at " + at + ", kept " + cut.getObservances().size() + " of " + whole.getObservances().size());
    }

    @Test
    void stockholmsOffsetsAgreeWithJavaTimeAwayFromTheChanges() {
        // (ical4j places a change of offset an hour or two off; calendar apps use their own zone data)
        LocalDate monday = LocalDate.of(2026, 6, 8);
        VTimeZone timezone = new CalendarTimeZone(CalendarFiles.STOCKHOLM, List.of(monday)).from(monday);
        for (LocalDateTime local : List.of(LocalDateTime.of(2026, 6, 10, 12, 0), LocalDateTime.of(2026, 12, 24, 9, 0),
                LocalDateTime.of(2027, 3, 27, 23, 0), LocalDateTime.of(2027, 3, 29, 4, 0), LocalDateTime.of(2030, 10, 28, 4, 0))) {
            Instant at = local.atZone(CalendarFiles.STOCKHOLM).toInstant();
            assertEquals(CalendarFiles.STOCKHOLM.getRules().getOffset(at).getTotalSeconds() * 1000,
                    new TimeZone(timezone).getOffset(at.toEpochMilli()), local.toString());
        }
    }
}
