package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kvarter.hours.Fixtures.closed;
import static se.kvarter.hours.Fixtures.dates;
import static se.kvarter.hours.Fixtures.hours;
import static se.kvarter.hours.Fixtures.open;
import static se.kvarter.hours.Fixtures.rule;
import static se.kvarter.hours.Fixtures.seasonal;
import static se.kvarter.hours.Fixtures.text;
import static se.kvarter.hours.Fixtures.yearly;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;

/** {@link HoursEngine#day} and {@link HoursEngine#schedule}: which rule decides a date. */
class HoursEngineDayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);
    private static final LocalDate MIDSUMMER_EVE = LocalDate.of(2026, 6, 19);

    private final HoursEngine engine = new HoursEngine(new SwedishHolidays());

    @Test
    void schedulesTheWeeksAroundMidsummerForAWeekdayPlace() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(), rule("mo-fr", "09:00-19:00"));

        List<DaySchedule> days = engine.schedule(hours, LocalDate.of(2026, 6, 15), 28);

        assertEquals(28, days.size());
        assertEquals(LocalDate.of(2026, 6, 15), days.get(0).date());
        assertEquals(LocalDate.of(2026, 7, 12), days.get(27).date());
        DaySchedule eve = days.get(4);
        assertEquals(MIDSUMMER_EVE, eve.date());
        assertTrue(eve.isClosed());
        assertEquals("Midsommarafton", eve.reason("sv"));
        assertEquals("Midsummer Eve", eve.reason("en"));
        DaySchedule monday = days.get(7);
        assertEquals(LocalDate.of(2026, 6, 22), monday.date());
        assertEquals(List.of("09:00-19:00"), text(monday));
        assertNull(monday.reason("sv"));
    }

    @Test
    void closesOnMidsummerEveWhenHolidaysClosed() {
        DaySchedule day = engine.day(hours(HolidayPolicy.CLOSED, List.of(), rule("fr", "09:00-19:00")), MIDSUMMER_EVE);

        assertTrue(day.isClosed());
        assertEquals("midsummer-eve", day.holiday().id());
        assertNull(day.exception());
    }

    @Test
    void keepsTheWeeklyHoursOnHolidaysWhenHolidaysOpen() {
        DaySchedule day = engine.day(hours(HolidayPolicy.OPEN, List.of(), rule("fr", "09:00-19:00")), MIDSUMMER_EVE);

        assertEquals(List.of("09:00-19:00"), text(day));
        assertNull(day.holiday());
    }

    @Test
    void namesAHolidayThePlaceIsClosedOnAnywayWithoutCallingItAChange() {
        // outputs.md: a place open on Mondays and Thursdays has "reason": "Midsommarafton" on the Friday
        DaySchedule day = engine.day(hours(HolidayPolicy.CLOSED, List.of(), rule("mo", "13:00-17:00"),
                rule("th", "09:00-12:00")), MIDSUMMER_EVE);

        assertTrue(day.isClosed());
        assertEquals("midsummer-eve", day.holiday().id());
        assertEquals("Midsommarafton", day.reason("sv"));
        assertFalse(day.differsFromRules());
    }

    @Test
    void callsAHolidayThatClosesAnOpenDayAChange() {
        DaySchedule day = engine.day(hours(HolidayPolicy.CLOSED, List.of(), rule("fr", "09:00-19:00")), MIDSUMMER_EVE);

        assertTrue(day.differsFromRules());
    }

    @Test
    void namesNoHolidayForAPlaceWithoutWeeklyHours() {
        DaySchedule day = engine.day(hours(HolidayPolicy.CLOSED, List.of()), MIDSUMMER_EVE);

        assertTrue(day.isUnknown());
        assertEquals(DayState.UNKNOWN, day.state());
        assertNull(day.holiday());
        assertNull(day.reason("sv"));
    }

    @Test
    void closesOnAHolidayEvenWhenOnlyAnAudienceWouldHaveBeenLetIn() {
        DaySchedule day = engine.day(hours(HolidayPolicy.CLOSED, List.of(), rule("fr", Audience.FAMILIES, "10:00-12:00")),
                MIDSUMMER_EVE);

        assertTrue(day.isClosed());
        assertEquals("Midsommarafton", day.reason("sv"));
    }

    @Test
    void ignoresHolidaysWithACalendarWithoutHolidays() {
        HoursEngine none = new HoursEngine(HolidayCalendar.NONE);

        DaySchedule day = none.day(hours(HolidayPolicy.CLOSED, List.of(), rule("fr", "09:00-19:00")), MIDSUMMER_EVE);

        assertEquals(List.of("09:00-19:00"), text(day));
    }

    @Test
    void closesOnAClosedExceptionInsteadOfTheRules() {
        HoursException inventory = closed("2026-06-10", "2026-06-10", "Inventering");
        OpeningHours hours = hours(HolidayPolicy.OPEN, List.of(inventory), rule("mo-fr", "09:00-19:00"));

        DaySchedule day = engine.day(hours, LocalDate.of(2026, 6, 10));

        assertTrue(day.isClosed());
        assertSame(inventory, day.exception());
        assertEquals("Inventering", day.reason("sv"));
        assertEquals(List.of("09:00-19:00"), text(engine.day(hours, LocalDate.of(2026, 6, 11))));
    }

    @Test
    void opensAtAnExceptionsTimesInsteadOfTheRules() {
        OpeningHours hours = hours(HolidayPolicy.OPEN,
                List.of(open("2026-06-10", "2026-06-10", "Kortare dag", "13:00-15:00", "10:00-12:00")),
                new HoursRule(Fixtures.days("mo-fr"), Fixtures.times("09:00-19:00"), Audience.ADULTS, "Fika", null, Fixtures.AT));

        DaySchedule day = engine.day(hours, LocalDate.of(2026, 6, 10));

        assertEquals(List.of("10:00-12:00", "13:00-15:00"), text(day));
        assertTrue(day.openings().stream().allMatch(o -> o.audience() == null && o.note() == null));
        assertEquals("Kortare dag", day.reason("en"));
    }

    @Test
    void appliesAnExceptionRangeToEveryDateInItAndNoOther() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(closed("2026-07-01", "2026-08-09", "Sommarstängt")),
                rule("mo-su", "13:00-17:00"));

        assertEquals(List.of("13:00-17:00"), text(engine.day(hours, LocalDate.of(2026, 6, 30))));
        assertEquals("Sommarstängt", engine.day(hours, LocalDate.of(2026, 7, 1)).reason("sv"));
        assertEquals("Sommarstängt", engine.day(hours, LocalDate.of(2026, 7, 20)).reason("sv"));
        assertEquals("Sommarstängt", engine.day(hours, LocalDate.of(2026, 8, 9)).reason("sv"));
        assertEquals(List.of("13:00-17:00"), text(engine.day(hours, LocalDate.of(2026, 8, 10))));
    }

    @Test
    void opensOnAHolidayWhenAnExceptionSaysSo() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(open("2026-12-24", "2026-12-24", "Julöppet", "10:00-13:00")),
                rule("mo-fr", "09:00-19:00"));

        DaySchedule day = engine.day(hours, LocalDate.of(2026, 12, 24));

        assertEquals(List.of("10:00-13:00"), text(day));
        assertNull(day.holiday());
        assertEquals("Julöppet", day.reason("sv"));
    }

    @Test
    void closesOnAHolidayWithAClosedExceptionNamingTheException() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(closed("2026-12-21", "2027-01-06", "Jullov")),
                rule("mo-fr", "09:00-19:00"));

        assertEquals("Jullov", engine.day(hours, LocalDate.of(2026, 12, 24)).reason("sv"));
    }

    @Test
    void listsSeveralRangesOfADayInStartOrder() {
        OpeningHours hours = hours(rule("mo", "18:00-21:00"), rule("mo,we", "09:00-12:00", "13:00-16:00"));

        assertEquals(List.of("09:00-12:00", "13:00-16:00", "18:00-21:00"), text(engine.day(hours, MONDAY)));
        assertEquals(List.of("09:00-12:00", "13:00-16:00"), text(engine.day(hours, MONDAY.plusDays(2))));
        assertTrue(engine.day(hours, MONDAY.plusDays(1)).isClosed());
    }

    @Test
    void keepsARangeThatCrossesMidnightOnTheDayItStarts() {
        OpeningHours hours = hours(rule("fr", "22:00-02:00"));

        assertEquals(List.of("22:00-02:00"), text(engine.day(hours, LocalDate.of(2026, 6, 12))));
        assertTrue(engine.day(hours, LocalDate.of(2026, 6, 13)).isClosed());
    }

    @Test
    void keepsAnOpeningUntilTwentyFourHundred() {
        DaySchedule day = engine.day(hours(rule("mo", "18:00-24:00")), MONDAY);

        assertEquals(1440, day.openings().get(0).time().end());
        assertEquals(List.of("18:00-24:00"), text(day));
    }

    @Test
    void carriesTheAudienceAndNoteOfARule() {
        HoursRule families = new HoursRule(Fixtures.days("mo"), Fixtures.times("10:00-12:00"), Audience.FAMILIES,
                "Med barnvagn", null, Fixtures.AT);
        OpeningHours hours = hours(rule("mo", "10:00-12:00"), families);

        List<Opening> openings = engine.day(hours, MONDAY).openings();

        assertEquals(2, openings.size());
        assertNull(openings.get(0).audience(), "everyone comes before an audience at the same time");
        assertEquals(Audience.FAMILIES, openings.get(1).audience());
        assertEquals("Med barnvagn", openings.get(1).note());
    }

    @Test
    void replacesTheWeekdaysASummerSeasonNames() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"), rule("sa", "10:00-15:00"),
                seasonal(yearly("06-15", "08-15"), "mo-fr", "10:00-15:00"));

        assertEquals(List.of("09:00-19:00"), text(engine.day(hours, LocalDate.of(2026, 6, 12))));
        assertEquals(List.of("10:00-15:00"), text(engine.day(hours, LocalDate.of(2026, 6, 15))));
        assertEquals(List.of("10:00-15:00"), text(engine.day(hours, LocalDate.of(2027, 7, 14))));
        assertEquals(List.of("10:00-15:00"), text(engine.day(hours, LocalDate.of(2026, 7, 4))), "Saturday keeps its hours");
        assertEquals(List.of("09:00-19:00"), text(engine.day(hours, LocalDate.of(2026, 8, 17))));
    }

    @Test
    void replacesEveryRuleOfAWeekdayEvenOneForAnAudience() {
        OpeningHours hours = hours(rule("sa", "10:00-15:00"), rule("sa", Audience.YOUTH, "16:00-20:00"),
                new HoursRule(Fixtures.days("sa"), Fixtures.times("11:00-13:00"), Audience.FAMILIES, null,
                        yearly("06-15", "08-15"), Fixtures.AT));

        assertEquals(List.of("11:00-13:00 families"), text(engine.day(hours, LocalDate.of(2026, 7, 4))));
        assertEquals(List.of("10:00-15:00", "16:00-20:00 youth"), text(engine.day(hours, LocalDate.of(2026, 9, 5))));
    }

    @Test
    void combinesTheSeasonalRulesCoveringADate() {
        OpeningHours hours = hours(rule("mo", "09:00-17:00"),
                seasonal(yearly("06-01", "08-31"), "mo", "10:00-12:00"),
                seasonal(dates("2026-07-01", "2026-07-31"), "mo", "18:00-20:00"));

        assertEquals(List.of("10:00-12:00", "18:00-20:00"), text(engine.day(hours, LocalDate.of(2026, 7, 6))));
        assertEquals(List.of("10:00-12:00"), text(engine.day(hours, LocalDate.of(2026, 8, 3))));
    }

    @Test
    void appliesAWinterSeasonAcrossNewYear() {
        OpeningHours hours = hours(rule("mo", "09:00-17:00"), seasonal(yearly("12-01", "02-28"), "mo", "10:00-12:00"));

        assertEquals(List.of("09:00-17:00"), text(engine.day(hours, LocalDate.of(2026, 11, 30))));
        assertEquals(List.of("10:00-12:00"), text(engine.day(hours, LocalDate.of(2026, 12, 7))));
        assertEquals(List.of("10:00-12:00"), text(engine.day(hours, LocalDate.of(2027, 1, 4))));
        assertEquals(List.of("10:00-12:00"), text(engine.day(hours, LocalDate.of(2027, 2, 22))));
        assertEquals(List.of("09:00-17:00"), text(engine.day(hours, LocalDate.of(2027, 3, 1))));
    }

    @Test
    void appliesASeasonOfFullDatesInThatYearOnly() {
        OpeningHours hours = hours(rule("mo", "09:00-17:00"), seasonal(dates("2026-06-15", "2026-08-15"), "mo", "10:00-14:00"));

        assertEquals(List.of("10:00-14:00"), text(engine.day(hours, LocalDate.of(2026, 6, 15))));
        assertEquals(List.of("10:00-14:00"), text(engine.day(hours, LocalDate.of(2026, 8, 10))));
        assertEquals(List.of("09:00-17:00"), text(engine.day(hours, LocalDate.of(2027, 6, 21))));
    }

    @Test
    void opensOnlyInItsSeasonAPlaceWithoutPlainRules() {
        OpeningHours hours = hours(seasonal(yearly("05-01", "09-30"), "sa,su", "11:00-16:00"));

        assertEquals(List.of("11:00-16:00"), text(engine.day(hours, LocalDate.of(2026, 5, 2))));
        assertTrue(engine.day(hours, LocalDate.of(2026, 10, 3)).isClosed());
    }

    @Test
    void closesOnAHolidayInsideASeason() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(), rule("mo-fr", "09:00-19:00"),
                seasonal(yearly("06-15", "08-15"), "mo-fr", "10:00-15:00"));

        assertEquals("Midsommarafton", engine.day(hours, MIDSUMMER_EVE).reason("sv"));
    }

    @Test
    void schedulesNothingForZeroDaysAndRefusesNegativeDays() {
        assertEquals(List.of(), engine.schedule(hours(rule("mo", "09:00-10:00")), MONDAY, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> engine.schedule(hours(rule("mo", "09:00-10:00")), MONDAY, -1));
    }

    @Test
    void isUnknownEveryDayWithoutHours() {
        List<DaySchedule> week = engine.schedule(OpeningHours.NONE, MONDAY, 7);
        assertTrue(week.stream().allMatch(DaySchedule::isUnknown));
        assertTrue(week.stream().noneMatch(DaySchedule::isClosed));
    }

    @Test
    void anUndecidedHolidayIsUnknownAndNamed() {
        DaySchedule day = engine.day(hours(HolidayPolicy.UNKNOWN, List.of(), rule("fr", "09:00-19:00")), MIDSUMMER_EVE);

        assertEquals(DayState.UNKNOWN, day.state());
        assertEquals("Midsommarafton", day.reason("sv"));
        assertTrue(day.openings().isEmpty());
    }
}
