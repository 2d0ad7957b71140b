package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.kvarter.hours.Fixtures.closed;
import static se.kvarter.hours.Fixtures.dates;
import static se.kvarter.hours.Fixtures.hours;
import static se.kvarter.hours.Fixtures.open;
import static se.kvarter.hours.Fixtures.rule;
import static se.kvarter.hours.Fixtures.seasonal;
import static se.kvarter.hours.Fixtures.yearly;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.PlaceStatus;

/**
 * {@link OsmOpeningHours#format}: the opening_hours syntax of the OpenStreetMap specification, the
 * regular hours first and the dated changes of the coming year after them. That an evaluator
 * reads them as the availability says is {@link OsmEvaluatorAgreementTest}'s and
 * {@link OsmExampleSiteTest}'s to show.
 */
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
    void writesExceptionsClosuresAndEvesOfTheComingYearAsDatedRulesAfterTheRegularHours() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED,
                List.of(closed("2026-12-21", "2027-01-06", "Juluppehåll"),
                        open("2026-12-18", "2026-12-18", "Kortare öppettider före jul", "10:00-12:00"),
                        closed("2026-03-02", "2026-03-02", "Inventering")),
                rule("mo-fr", "10:00-16:00"));

        assertEquals("Mo-Fr 10:00-16:00; PH off; 2026 Dec 18 10:00-12:00 open \"Kortare öppettider före jul\"; "
                + "2026 Dec 21-2027 Jan 06 off \"Juluppehåll\"; 2027 Jun 25 off \"Midsommarafton\"",
                OsmOpeningHours.format(availability(hours, "2026-12-06")));
    }

    @Test
    void leavesOutDatedRulesOnDaysTheRegularHoursAlreadyGetRight() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(closed("2027-01-09", "2027-01-10", "Helgstängt")),
                rule("mo-fr", "10:00-16:00"));

        assertEquals("Mo-Fr 10:00-16:00; PH off; 2026 Dec 31 off \"Nyårsafton\"; 2027 Jun 25 off \"Midsommarafton\"; "
                        + "2027 Dec 24 off \"Julafton\"",
                OsmOpeningHours.format(availability(hours, "2026-12-25")));
    }

    @Test
    void leavesUndecidedHolidaysUnknownAndNamesTheUndecidedEves() {
        OpeningHours hours = hours(HolidayPolicy.UNKNOWN, List.of(), rule("mo-fr", "10:00-16:00"));

        assertEquals("Mo-Fr 10:00-16:00; PH unknown \"ej beslutat\"; 2026 Dec 24 unknown \"Julafton\"; "
                + "2026 Dec 31 unknown \"Nyårsafton\"; 2027 Jun 25 unknown \"Midsommarafton\"",
                OsmOpeningHours.format(availability(hours, "2026-12-06")));
    }

    @Test
    void keepsTheAudienceCommentOnAChangedDayAndTurnsQuotesInCommentsIntoApostrophes() {
        OpeningHours hours = hours(HolidayPolicy.OPEN, List.of(open("2026-12-19", "2026-12-19", "Julfest \"för alla\"",
                "12:00-14:00")), rule("sa", Audience.FAMILIES, "10:00-15:00"));

        assertEquals("Sa 10:00-15:00 \"families\"; 2026 Dec 19 12:00-14:00 open \"Julfest 'för alla'\"",
                OsmOpeningHours.format(availability(hours, "2026-12-06")));
    }

    @Test
    void writesTheMorningAfterAClosedNightAndTheNightsWhenTheClocksGoForward() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(), rule("fr,sa", "22:00-02:00"));

        // the holidays close their own nights, not the night before them (Friday 1 May's night
        // ends on Saturday, a holiday), yet PH off would also end that night at midnight, and OSM
        // lets a closed Friday's night run into Saturday; the Monday after the spring night and
        // the autumn Sunday (25 hours) are written out, which the evaluator otherwise misreads
        assertEquals("Fr,Sa 22:00-02:00; PH off; 2026 Dec 27 off; 2027 Jan 02 22:00-24:00; 2027 Mar 27 22:00-24:00; "
                        + "2027 Mar 28 00:00-02:00; 2027 Mar 29 off \"Annandag påsk\"; 2027 May 01 00:00-02:00; "
                        + "2027 May 02 off; 2027 May 16 00:00-02:00; 2027 Jun 06 00:00-02:00; "
                        + "2027 Jun 25 off \"Midsommarafton\"; 2027 Jun 27 off; 2027 Oct 31 00:00-02:00; "
                        + "2027 Nov 06 00:00-02:00; 2027 Nov 07 off",
                OsmOpeningHours.format(availability(hours, "2026-12-06")));
    }

    @Test
    void writesAPlaceThatIsNotOpenAsOffWithItsStatusAndAPlaceWithoutHoursAsNoValue() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(), rule("mo-fr", "10:00-16:00"));
        HoursEngine engine = new HoursEngine(new SwedishHolidays());

        assertEquals("off \"Tillfälligt stängt\"", OsmOpeningHours.format(Availability.of(engine, hours,
                PlaceStatus.TEMPORARILY_CLOSED, "Tillfälligt stängt", LocalDate.parse("2026-12-06"))));
        assertEquals("off", OsmOpeningHours.format(Availability.of(engine, hours, PlaceStatus.CLOSED, null,
                LocalDate.parse("2026-12-06"))));
        assertNull(OsmOpeningHours.format(availability(OpeningHours.NONE, "2026-12-06")));
    }

    @Test
    void leavesTheDaysOfAPlaceWithOnlyExceptionsUnknown() {
        OpeningHours hours = hours(HolidayPolicy.CLOSED, List.of(open("2026-12-12", "2026-12-13", "Julmarknad", "10:00-16:00")));

        assertEquals("unknown; 2026 Dec 12-2026 Dec 13 10:00-16:00 open \"Julmarknad\"",
                OsmOpeningHours.format(availability(hours, "2026-12-06")));
    }

    @Test
    void writesOffForWeeklyHoursThatNoLongerHoldInTheComingYear() {
        // the last Saturday but one of a season that is over (an nth rule with a season is carried
        // by dated rules alone), and nothing dated ahead: closed throughout, not an empty value
        HoursRule over = seasonal(dates("2026-01-08", "2026-01-15"), "sa", "01:00-04:15");
        OpeningHours hours = hours(HolidayPolicy.OPEN, List.of(), new HoursRule(over.days(), over.times(), null, null,
                over.season(), 1, null, List.of(-2), over.at()));

        assertEquals("off", OsmOpeningHours.format(availability(hours, "2026-11-09")));
    }

    private static Availability availability(OpeningHours hours, String today) {
        return Availability.of(new HoursEngine(new SwedishHolidays()), hours, PlaceStatus.OPEN, null, LocalDate.parse(today));
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
