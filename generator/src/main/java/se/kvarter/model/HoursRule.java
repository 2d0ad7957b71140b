package se.kvarter.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import se.kvarter.source.Position;

/**
 * One line of a place's hours: on these weekdays, these time ranges; every week, every
 * {@code every} weeks counted from the week of {@code from}, or on the {@code nth} weekdays of
 * the month ({@code [1, 3]}: the first and third; {@code -1}: the last).
 *
 * @param audience who the hours are for, or null for everyone
 * @param note     free text shown with the hours, or null
 * @param season   the dates the rule is limited to, or null for all year
 * @param every    the rule holds every {@code every} weeks (1: every week)
 * @param from     the first date the rule holds, whose week (from its Monday) counts as the first
 *                 of {@code every}; null for a rule without a start
 * @param nth      which occurrences of the weekday in its month the rule holds on (1..5 from the
 *                 start, -1..-5 from the end); empty for all of them
 */
public record HoursRule(List<DayOfWeek> days, List<TimeRange> times, Audience audience, String note,
                        Season season, int every, LocalDate from, List<Integer> nth, Position at) {

    public HoursRule {
        days = List.copyOf(days);
        times = List.copyOf(times);
        nth = List.copyOf(nth);
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1: " + every);
        }
        if (every > 1 && from == null) {
            throw new IllegalArgumentException("every " + every + " weeks needs a from date");
        }
    }

    /** A rule of every week, with no start date. */
    public HoursRule(List<DayOfWeek> days, List<TimeRange> times, Audience audience, String note, Season season,
                     Position at) {
        this(days, times, audience, note, season, 1, null, List.of(), at);
    }

    /** Whether the rule is more than weekly: only some weeks, or only some weekdays of the month. */
    public boolean patterned() {
        return every > 1 || !nth.isEmpty();
    }

    /**
     * Whether the rule holds on {@code date}, its weekday and season aside: on or after
     * {@code from}, in one of its weeks and on one of its weekdays of the month.
     */
    public boolean holdsOn(LocalDate date) {
        if (from != null && date.isBefore(from)) {
            return false;
        }
        if (every > 1) {
            LocalDate first = monday(from);
            if (ChronoUnit.WEEKS.between(first, monday(date)) % every != 0) {
                return false;
            }
        }
        return nth.isEmpty() || nth.contains(ordinal(date)) || nth.contains(ordinalFromEnd(date));
    }

    /** 1 for the first such weekday of the month, 5 for the fifth. */
    public static int ordinal(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    /** -1 for the last such weekday of the month, -5 for the fifth from the end. */
    public static int ordinalFromEnd(LocalDate date) {
        return -((date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1);
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
