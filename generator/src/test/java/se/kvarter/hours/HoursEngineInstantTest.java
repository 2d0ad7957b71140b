package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kvarter.hours.Fixtures.closed;
import static se.kvarter.hours.Fixtures.hours;
import static se.kvarter.hours.Fixtures.open;
import static se.kvarter.hours.Fixtures.rule;
import static se.kvarter.hours.Fixtures.seasonal;
import static se.kvarter.hours.Fixtures.dates;
import static se.kvarter.hours.Fixtures.yearly;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.OpeningHours;

/** {@link HoursEngine#isOpen}, {@link HoursEngine#nextOpening} and {@link HoursEngine#nextClosing} on ordinary days. */
class HoursEngineInstantTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final HoursEngine engine = new HoursEngine(new SwedishHolidays());

    @Test
    void isOpenDuringAnOpeningAndClosedAtItsEnd() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"));

        assertFalse(engine.isOpen(hours, at("2026-06-08T08:59")));
        assertTrue(engine.isOpen(hours, at("2026-06-08T09:00")));
        assertTrue(engine.isOpen(hours, at("2026-06-08T18:59:59")));
        assertFalse(engine.isOpen(hours, at("2026-06-08T19:00")));
        assertFalse(engine.isOpen(hours, at("2026-06-13T12:00")), "Saturday");
    }

    @Test
    void isOpenAfterMidnightWhenThePreviousDaysOpeningCrossesIt() {
        OpeningHours hours = hours(rule("fr", "22:00-02:00"));

        assertTrue(engine.isOpen(hours, at("2026-06-12T23:00")));
        assertTrue(engine.isOpen(hours, at("2026-06-13T01:59")));
        assertFalse(engine.isOpen(hours, at("2026-06-13T02:00")));
        assertFalse(engine.isOpen(hours, at("2026-06-12T01:00")), "Thursday night is not Friday night");
    }

    @Test
    void isOpenUntilMidnightForAnOpeningEndingAtTwentyFourHundred() {
        OpeningHours hours = hours(rule("mo", "18:00-24:00"));

        assertTrue(engine.isOpen(hours, at("2026-06-08T23:59:59")));
        assertFalse(engine.isOpen(hours, at("2026-06-09T00:00")));
    }

    @Test
    void isNotOpenForEveryoneDuringAnAudienceOpening() {
        OpeningHours hours = hours(rule("mo", Audience.FAMILIES, "10:00-12:00"), rule("mo", Audience.EVERYONE, "13:00-15:00"));

        assertFalse(engine.isOpen(hours, at("2026-06-08T11:00")));
        assertTrue(engine.isOpen(hours, at("2026-06-08T14:00")), "the audience everyone is everyone");
    }

    @Test
    void readsTheLocalTimeInTheZoneOfTheInstant() {
        OpeningHours hours = hours(rule("mo", "09:00-10:00"));
        ZonedDateTime utc = ZonedDateTime.of(LocalDateTime.parse("2026-06-08T09:30"), ZoneOffset.UTC);

        assertTrue(engine.isOpen(hours, utc));
        assertFalse(engine.isOpen(hours, utc.withZoneSameInstant(STOCKHOLM)));
    }

    @Test
    void isClosedOnAHolidayAndOpenOnAnExceptionsTimes() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(open("2026-06-10", "2026-06-10", "Kväll", "18:00-21:00")),
                rule("mo-fr", "09:00-19:00"));

        assertFalse(engine.isOpen(hours, at("2026-06-19T12:00")));
        assertFalse(engine.isOpen(hours, at("2026-06-10T12:00")));
        assertTrue(engine.isOpen(hours, at("2026-06-10T20:00")));
    }

    @Test
    void findsTheNextOpeningStrictlyAfterTheInstant() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"));

        assertEquals(Optional.of(at("2026-06-08T09:00")), engine.nextOpening(hours, at("2026-06-08T07:00")));
        assertEquals(Optional.of(at("2026-06-09T09:00")), engine.nextOpening(hours, at("2026-06-08T09:00")));
        assertEquals(Optional.of(at("2026-06-09T09:00")), engine.nextOpening(hours, at("2026-06-08T12:00")));
        assertEquals(Optional.of(at("2026-06-15T09:00")), engine.nextOpening(hours, at("2026-06-12T19:00")));
    }

    @Test
    void findsTheNextClosingStrictlyAfterTheInstant() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"));

        assertEquals(Optional.of(at("2026-06-08T19:00")), engine.nextClosing(hours, at("2026-06-08T12:00")));
        assertEquals(Optional.of(at("2026-06-08T19:00")), engine.nextClosing(hours, at("2026-06-08T07:00")));
        assertEquals(Optional.of(at("2026-06-09T19:00")), engine.nextClosing(hours, at("2026-06-08T19:00")));
    }

    @Test
    void seesNoClosingBetweenOpeningsThatTouch() {
        // two seasons may overlap on a date; the validator only rejects overlaps within one season
        OpeningHours hours = hours(seasonal(yearly("06-01", "08-31"), "mo", "09:00-12:00", "12:00-15:00"),
                seasonal(dates("2026-06-01", "2026-06-30"), "mo", "14:00-16:00"));

        assertEquals(Optional.of(at("2026-06-08T16:00")), engine.nextClosing(hours, at("2026-06-08T10:00")));
        assertEquals(Optional.of(at("2026-06-15T09:00")), engine.nextOpening(hours, at("2026-06-08T10:00")));
    }

    @Test
    void seesNoClosingAtMidnightBetweenTwentyFourHundredAndTheNextDaysOpening() {
        OpeningHours hours = hours(rule("mo", "22:00-24:00"), rule("tu", "00:00-02:00", "10:00-12:00"));

        assertEquals(Optional.of(at("2026-06-09T02:00")), engine.nextClosing(hours, at("2026-06-08T23:00")));
        assertEquals(Optional.of(at("2026-06-09T10:00")), engine.nextOpening(hours, at("2026-06-08T23:00")));
        assertEquals(Optional.of(at("2026-06-08T22:00")), engine.nextOpening(hours, at("2026-06-08T21:00")));
    }

    @Test
    void seesNoClosingAcrossMidnightIntoTheNextNight() {
        OpeningHours hours = hours(rule("fr", "20:00-02:00"), rule("sa", "02:00-04:00"));

        assertEquals(Optional.of(at("2026-06-13T04:00")), engine.nextClosing(hours, at("2026-06-12T21:00")));
    }

    @Test
    void skipsHolidaysAndExceptionsWhenSearching() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(closed("2026-06-22", "2026-06-23", "Flytt")),
                rule("mo-fr", "09:00-19:00"));

        assertEquals(Optional.of(at("2026-06-24T09:00")), engine.nextOpening(hours, at("2026-06-18T20:00")));
    }

    @Test
    void neverClosesWhenOpenDayAndNight() {
        OpeningHours hours = hours(rule("mo-su", "00:00-24:00"));

        assertTrue(engine.isOpen(hours, at("2026-06-08T03:00")));
        assertEquals(Optional.empty(), engine.nextClosing(hours, at("2026-06-08T03:00")));
        assertEquals(Optional.empty(), engine.nextOpening(hours, at("2026-06-08T03:00")));
    }

    @Test
    void findsTheClosingOfAPlaceOpenDayAndNightUntilAnException() {
        OpeningHours hours = hours(HolidayPolicy.OPEN, List.of(closed("2026-07-01", "2026-07-01", "Städning")),
                rule("mo-su", "00:00-24:00"));

        assertEquals(Optional.of(at("2026-07-01T00:00")), engine.nextClosing(hours, at("2026-06-08T03:00")));
        assertEquals(Optional.of(at("2026-07-02T00:00")), engine.nextOpening(hours, at("2026-06-08T03:00")));
    }

    @Test
    void findsNothingForAPlaceWithoutHours() {
        assertEquals(Optional.empty(), engine.nextOpening(OpeningHours.NONE, at("2026-06-08T03:00")));
        assertEquals(Optional.empty(), engine.nextClosing(OpeningHours.NONE, at("2026-06-08T03:00")));
        assertFalse(engine.isOpen(OpeningHours.NONE, at("2026-06-08T03:00")));
    }

    @Test
    void searchesUpTo366DaysAhead() {
        OpeningHours nextYear = hours(seasonal(dates("2027-06-08", "2027-06-08"), "tu", "10:00-12:00"));
        OpeningHours tooLate = hours(seasonal(dates("2027-06-10", "2027-06-10"), "th", "10:00-12:00"));

        assertEquals(Optional.of(at("2027-06-08T10:00")), engine.nextOpening(nextYear, at("2026-06-08T12:00")));
        assertEquals(Optional.of(at("2027-06-08T12:00")), engine.nextClosing(nextYear, at("2026-06-08T12:00")));
        assertEquals(Optional.empty(), engine.nextOpening(tooLate, at("2026-06-08T12:00")));
    }

    @Test
    void ignoresAudienceOpeningsWhenSearching() {
        OpeningHours hours = hours(rule("mo", Audience.STAFF, "07:00-09:00"), rule("mo", "09:00-17:00"));

        assertEquals(Optional.of(at("2026-06-08T09:00")), engine.nextOpening(hours, at("2026-06-08T06:00")));
    }

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), STOCKHOLM);
    }
}
