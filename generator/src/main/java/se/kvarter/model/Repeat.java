package se.kvarter.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * How an event repeats: every {@code interval} {@code unit}s, {@code count} times or until a
 * date (exactly one of the two is set; the other is null). Weekly, {@code days} names the
 * weekdays of each week it falls on (empty: the start's weekday); monthly, {@code days} with
 * {@code nth} names the weekdays of the month ({@code nth 1, days sa}: the first Saturday;
 * {@code -1}: the last), and without them the event falls on the start's day of the month.
 */
public record Repeat(int interval, RepeatUnit unit, Integer count, LocalDate until, List<Integer> nth,
                     List<DayOfWeek> days) {

    public Repeat {
        nth = List.copyOf(nth);
        days = List.copyOf(days);
    }

    /** Every {@code interval} units on the start's weekday or day of the month. */
    public Repeat(int interval, RepeatUnit unit, Integer count, LocalDate until) {
        this(interval, unit, count, until, List.of(), List.of());
    }

    /** Whether the event falls on named weekdays ({@code days}), not just the start's day. */
    public boolean byWeekday() {
        return !days.isEmpty();
    }
}
