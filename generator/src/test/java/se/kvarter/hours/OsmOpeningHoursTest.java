package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.kvarter.hours.Fixtures.closed;
import static se.kvarter.hours.Fixtures.dates;
import static se.kvarter.hours.Fixtures.hours;
import static se.kvarter.hours.Fixtures.open;
import static se.kvarter.hours.Fixtures.rule;
import static se.kvarter.hours.Fixtures.seasonal;
import static se.kvarter.hours.Fixtures.yearly;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.OpeningHours;

/** {@link OsmOpeningHours#format}: the opening_hours syntax of the OpenStreetMap specification. */
class OsmOpeningHoursTest {

    @Test
    void writesDaysWithDifferentHoursAsSeparateRulesAndClosesOnPublicHolidays() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(), rule("mo", "13:00-17:00"), rule("th", "09:00-12:00"));

        assertEquals("Mo 13:00-17:00; Th 09:00-12:00; PH off", OsmOpeningHours.format(hours));
    }

    @Test
    void groupsConsecutiveDaysWithTheSameHoursIntoARange() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"), rule("sa", "10:00-15:00"));

        assertEquals("Mo-Fr 09:00-19:00; Sa 10:00-15:00", OsmOpeningHours.format(hours));
    }

    @Test
    void groupsDaysFromSeparateRulesThatShareTheirHours() {
        OpeningHours hours = hours(rule("mo,tu", "09:00-12:00"), rule("th", "09:00-12:00"), rule("we", "13:00-16:00"),
                rule("sa,su", "11:00-15:00"), rule("fr", "09:00-12:00"));

        assertEquals("Mo,Tu,Th,Fr 09:00-12:00; We 13:00-16:00; Sa,Su 11:00-15:00", OsmOpeningHours.format(hours));
    }

    @Test
    void joinsSeveralRangesOfADayWithCommasInTimeOrder() {
        OpeningHours hours = hours(rule("mo-we", "13:00-17:00", "09:00-12:00"), rule("fr", "09:00-12:00"),
                rule("fr", "13:00-17:00"));

        assertEquals("Mo-We,Fr 09:00-12:00,13:00-17:00", OsmOpeningHours.format(hours));
    }

    @Test
    void writesMidnightCrossingsAndTwentyFourHundred() {
        OpeningHours hours = hours(rule("fr,sa", "22:00-02:00"), rule("su", "18:00-24:00"), rule("mo", "20:00-00:00"));

        assertEquals("Mo 20:00-24:00; Fr,Sa 22:00-02:00, Su 18:00-24:00", OsmOpeningHours.format(hours));
    }

    @Test
    void addsAudienceHoursAsACommentedRule() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"), rule("sa", Audience.FAMILIES, "10:00-15:00"));

        assertEquals("Mo-Fr 09:00-19:00; Sa 10:00-15:00 \"families\"", OsmOpeningHours.format(hours));
    }

    @Test
    void addsAudienceHoursOnADayWithOtherHoursWithoutReplacingThem() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-12:00"), rule("we", Audience.YOUTH, "15:00-20:00"));

        assertEquals("Mo-Fr 09:00-12:00, We 15:00-20:00 \"youth\"", OsmOpeningHours.format(hours));
    }

    @Test
    void prefixesYearlySeasonsWithTheirMonthDays() {
        OpeningHours hours = hours(rule("mo-fr", "09:00-19:00"), seasonal(yearly("06-15", "08-15"), "mo-fr", "10:00-15:00"));

        assertEquals("Mo-Fr 09:00-19:00; Jun 15-Aug 15: Mo-Fr 10:00-15:00", OsmOpeningHours.format(hours));
    }

    @Test
    void prefixesASeasonAcrossNewYearAndASeasonOfDates() {
        OpeningHours hours = hours(seasonal(yearly("12-01", "02-28"), "sa", "10:00-12:00"),
                seasonal(dates("2026-06-15", "2026-08-15"), "mo-fr", "10:00-15:00"));

        assertEquals("Dec 01-Feb 28: Sa 10:00-12:00; 2026 Jun 15-2026 Aug 15: Mo-Fr 10:00-15:00",
                OsmOpeningHours.format(hours));
    }

    @Test
    void leavesTemporaryExceptionsOutOfTheRegularHoursAsTheContractShows() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED,
                List.of(closed("2026-07-01", "2026-08-09", "Sommarstängt"),
                        open("2026-12-23", "2026-12-23", "Julöppet", "10:00-12:00"),
                        closed("2026-03-02", "2026-03-02", "Inventering")),
                rule("mo", "13:00-17:00"));

        assertEquals("Mo 13:00-17:00; PH off", OsmOpeningHours.format(hours));
    }

    @Test
    void writesNothingForEmptyHours() {
        assertEquals("", OsmOpeningHours.format(OpeningHours.NONE));
        assertEquals("", OsmOpeningHours.format(hours()));
    }

    @Test
    void writesTheEveryoneAudienceWithoutAComment() {
        assertEquals("Mo 10:00-11:00", OsmOpeningHours.format(hours(rule("mo", Audience.EVERYONE, "10:00-11:00"))));
    }
}
