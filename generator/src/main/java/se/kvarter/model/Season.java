package se.kvarter.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates an hours rule applies to: every year between two month-days (summer hours,
 * {@code 06-15} to {@code 08-15}, possibly across new year), or between two dates.
 */
public sealed interface Season permits Season.Yearly, Season.Dates {

    boolean covers(LocalDate date);

    /** Every year from {@code from} to {@code to}, both included; wraps over new year when {@code to} is earlier. */
    record Yearly(MonthDay from, MonthDay to) implements Season {
        @Override
        public boolean covers(LocalDate date) {
            // month and day as one number (MonthDay's order) rather than a MonthDay made through
            // the generic TemporalAccessor: every place's year of days asks each of its seasons
            int day = date.getMonthValue() * 32 + date.getDayOfMonth();
            int start = from.getMonthValue() * 32 + from.getDayOfMonth();
            int end = to.getMonthValue() * 32 + to.getDayOfMonth();
            return start > end ? day >= start || day <= end : day >= start && day <= end;
        }
    }

    /** From {@code from} to {@code to}, both included; from {@code from} on when {@code to} is null. */
    record Dates(LocalDate from, LocalDate to) implements Season {
        @Override
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }

        /** Whether the season has no end ("new hours from 11 January"). */
        public boolean openEnded() {
            return to == null;
        }
    }
}
