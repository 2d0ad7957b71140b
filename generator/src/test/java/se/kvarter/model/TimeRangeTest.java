package se.kvarter.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeRangeTest {

    @Test
    void formatsEveryMinuteOfTheDayAsTwoDigitHoursAndMinutes() {
        for (int minutes = 0; minutes <= TimeRange.MINUTES_PER_DAY; minutes++) {
            assertEquals(String.format("%02d:%02d", minutes / 60, minutes % 60), TimeRange.format(minutes));
        }
    }

    @Test
    void namesOpeningAndClosingTimes() {
        assertEquals("00:00", TimeRange.format(0));
        assertEquals("09:05", new TimeRange(9 * 60 + 5, 19 * 60).opens());
        assertEquals("24:00", new TimeRange(22 * 60, TimeRange.MINUTES_PER_DAY).closes());
        assertEquals("22:00-02:00", new TimeRange(22 * 60, 2 * 60).toString());
    }
}
