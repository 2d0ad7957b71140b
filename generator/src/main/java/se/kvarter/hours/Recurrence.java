package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.time.temporal.TemporalAdjusters;
import se.kvarter.model.Event;
import se.kvarter.model.Repeat;
import se.kvarter.model.RepeatUnit;

/**
 * The start times of a repeating event, as RFC 5545 defines them for {@code FREQ=DAILY|WEEKLY|MONTHLY}
 * with {@code INTERVAL} and {@code COUNT} or {@code UNTIL}: the local time stays the same across
 * daylight-saving changes, and a monthly event on the 31st skips months without a 31st (such
 * months do not count towards {@code count}). Skipped dates are not removed here: in RFC 5545 an
 * EXDATE still counts towards COUNT.
 *
 * <p>With weekdays ({@link Repeat#days()}) it follows {@code BYDAY}: weekly, each named weekday of
 * every {@code interval}-th week (weeks start on Monday, RFC 5545's default {@code WKST=MO});
 * monthly, the {@code nth} named weekdays of every {@code interval}-th month ({@code BYDAY=1SA},
 * {@code -1FR}), or every named weekday of it without {@code nth}. The start is the first
 * occurrence (the validator makes sure it is one of them, as RFC 5545 wants).
 */
public final class Recurrence {

    /** No event needs more occurrences than this; it bounds the work for "every day until 2099". */
    public static final int MAX_OCCURRENCES = 5_000;

    /** One occurrence of an event, in local time. */
    public record Occurrence(LocalDateTime start, LocalDateTime end) {
    }

    private Recurrence() {
    }

    /** Every occurrence of an event that takes place: skipped dates left out, each as long as the first. */
    public static List<Occurrence> occurrences(Event event) {
        Duration length = Duration.between(event.start(), event.end());
        List<Occurrence> occurrences = new ArrayList<>();
        for (LocalDateTime start : starts(event.start(), event.repeat())) {
            if (!event.skip().contains(start.toLocalDate())) {
                occurrences.add(new Occurrence(start, start.plus(length)));
            }
        }
        return occurrences;
    }

    /** Every start time, the first one included; just {@code start} when {@code repeat} is null. */
    public static List<LocalDateTime> starts(LocalDateTime start, Repeat repeat) {
        if (repeat == null) {
            return List.of(start);
        }
        if (repeat.byWeekday()) {
            return byWeekday(start, repeat);
        }
        List<LocalDateTime> starts = new ArrayList<>();
        int limit = repeat.count() != null ? Math.min(repeat.count(), MAX_OCCURRENCES) : MAX_OCCURRENCES;
        for (int step = 0; starts.size() < limit && step < MAX_OCCURRENCES * 2; step++) {
            LocalDateTime next = nth(start, repeat, step);
            if (next == null) {
                continue; // a 31st in a shorter month
            }
            if (repeat.until() != null && next.toLocalDate().isAfter(repeat.until())) {
                break;
            }
            starts.add(next);
        }
        return starts;
    }

    private static List<LocalDateTime> byWeekday(LocalDateTime start, Repeat repeat) {
        List<LocalDateTime> starts = new ArrayList<>();
        int limit = repeat.count() != null ? Math.min(repeat.count(), MAX_OCCURRENCES) : MAX_OCCURRENCES;
        LocalDate first = start.toLocalDate();
        for (int step = 0; step < MAX_OCCURRENCES * 2; step++) {
            for (LocalDate date : dates(first, repeat, (long) step * repeat.interval())) {
                if (date.isBefore(first)) {
                    continue;
                }
                if (starts.size() >= limit || repeat.until() != null && date.isAfter(repeat.until())) {
                    return starts;
                }
                starts.add(date.atTime(start.toLocalTime()));
            }
        }
        return starts;
    }

    /** The dates of the {@code offset}-th week or month after the start's, in date order. */
    private static List<LocalDate> dates(LocalDate first, Repeat repeat, long offset) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (repeat.unit() == RepeatUnit.MONTHS) {
            LocalDate month = first.withDayOfMonth(1).plusMonths(offset);
            for (DayOfWeek day : repeat.days()) {
                if (repeat.nth().isEmpty()) {
                    for (LocalDate d = month.with(TemporalAdjusters.firstInMonth(day)); d.getMonth() == month.getMonth();
                         d = d.plusWeeks(1)) {
                        dates.add(d);
                    }
                }
                for (int n : repeat.nth()) {
                    LocalDate d = n > 0
                            ? month.with(TemporalAdjusters.firstInMonth(day)).plusWeeks(n - 1L)
                            : month.with(TemporalAdjusters.lastInMonth(day)).minusWeeks(-n - 1L);
                    if (d.getMonth() == month.getMonth()) {
                        dates.add(d); // a fifth Saturday only in months that have one
                    }
                }
            }
        } else {
            LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
            for (DayOfWeek day : repeat.days()) {
                dates.add(monday.plusDays(day.getValue() - 1L));
            }
        }
        return List.copyOf(dates);
    }

    private static LocalDateTime nth(LocalDateTime start, Repeat repeat, int step) {
        long amount = (long) step * repeat.interval();
        return switch (repeat.unit()) {
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> {
                LocalDate month = start.toLocalDate().withDayOfMonth(1).plusMonths(amount);
                yield start.getDayOfMonth() > month.lengthOfMonth()
                        ? null : start.with(month.withDayOfMonth(start.getDayOfMonth()));
            }
        };
    }
}
