package se.kvarter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class SeasonTest {

    @Test
    void aYearlySeasonCoversItsEndsAndNothingOutside() {
        Season summer = new Season.Yearly(MonthDay.of(6, 15), MonthDay.of(8, 15));
        assertFalse(summer.covers(LocalDate.of(2027, 6, 14)));
        assertTrue(summer.covers(LocalDate.of(2027, 6, 15)));
        assertTrue(summer.covers(LocalDate.of(2027, 8, 15)));
        assertFalse(summer.covers(LocalDate.of(2027, 8, 16)));
    }

    @Test
    void aYearlySeasonWrapsOverNewYear() {
        Season winter = new Season.Yearly(MonthDay.of(12, 1), MonthDay.of(2, 29));
        assertTrue(winter.covers(LocalDate.of(2026, 12, 31)));
        assertTrue(winter.covers(LocalDate.of(2027, 1, 1)));
        assertTrue(winter.covers(LocalDate.of(2028, 2, 29)));
        assertFalse(winter.covers(LocalDate.of(2028, 3, 1)));
        assertFalse(winter.covers(LocalDate.of(2027, 11, 30)));
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
