package se.kvarter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SeasonTest {

    /** Dates as written in content ({@code 2027-06-15}) and whether each season covers them. */
    @Test
    void aYearlySeasonCoversItsEndsAndWrapsOverNewYear() {
        Season summer = new Season.Yearly(MonthDay.of(6, 15), MonthDay.of(8, 15));
        Season winter = new Season.Yearly(MonthDay.of(12, 1), MonthDay.of(2, 29));
        Object[][] cases = {
            {summer, "2027-06-14", false}, {summer, "2027-06-15", true}, {summer, "2027-08-15", true},
            {summer, "2027-08-16", false}, {winter, "2026-12-31", true}, {winter, "2027-01-01", true},
            {winter, "2028-02-29", true}, {winter, "2028-03-01", false}, {winter, "2027-11-30", false},
        };
        for (Object[] c : cases) {
            assertEquals(c[2], ((Season) c[0]).covers(LocalDate.parse((String) c[1])), c[0] + " on " + c[1]);
        }
    }

    /** Every day of a leap year against the order of MonthDay itself, for seasons that wrap and that do not. */
    @Test
    void aYearlySeasonAgreesWithMonthDaysOrderOnEveryDay() {
        MonthDay[] ends = {MonthDay.of(1, 1), MonthDay.of(2, 28), MonthDay.of(2, 29), MonthDay.of(3, 1),
            MonthDay.of(6, 30), MonthDay.of(7, 1), MonthDay.of(12, 31)};
        for (MonthDay from : ends) {
            for (MonthDay to : ends) {
                Season season = new Season.Yearly(from, to);
                for (LocalDate date = LocalDate.of(2028, 1, 1); date.getYear() == 2028; date = date.plusDays(1)) {
                    MonthDay day = MonthDay.from(date);
                    boolean expected = from.isAfter(to)
                            ? !day.isBefore(from) || !day.isAfter(to)
                            : !day.isBefore(from) && !day.isAfter(to);
                    assertEquals(expected, season.covers(date), from + " to " + to + " on " + date);
                }
            }
        }
    }
}
