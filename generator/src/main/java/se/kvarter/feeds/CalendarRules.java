package se.kvarter.feeds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.kvarter.model.Repeat;

/**
 * The RFC 5545 recurrence rules (RRULE values) of the iCalendar files, and of {@code rrule} in
 * events.json. The parts come in the order ical4j writes them (FREQ, UNTIL or COUNT, INTERVAL,
 * BYDAY), so the JSON and the .ics files carry the same text.
 */
public final class CalendarRules {

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private CalendarRules() {
    }

    /** {@code FREQ=WEEKLY;COUNT=7;INTERVAL=2} for an event's repetition; times are in {@code zone}. */
    public static String of(Repeat repeat, ZoneId zone) {
        String freq = switch (repeat.unit()) {
            case DAYS -> "DAILY";
            case WEEKS -> "WEEKLY";
            case MONTHS -> "MONTHLY";
        };
        StringBuilder rule = new StringBuilder("FREQ=").append(freq);
        if (repeat.count() != null) {
            rule.append(";COUNT=").append(repeat.count());
        } else {
            rule.append(";UNTIL=").append(until(repeat.until(), zone));
        }
        if (repeat.interval() > 1) {
            rule.append(";INTERVAL=").append(repeat.interval());
        }
        if (repeat.byWeekday()) {
            rule.append(";BYDAY=").append(byDay(repeat.nth(), repeat.days()));
        }
        return rule.toString();
    }

    /** {@code MO,WE}, or with ordinals {@code 1SA,3SA} / {@code -1FR}: each weekday with each ordinal. */
    static String byDay(List<Integer> nth, List<DayOfWeek> days) {
        List<String> parts = new java.util.ArrayList<>();
        for (DayOfWeek day : days.stream().sorted().distinct().toList()) {
            String code = day.name().substring(0, 2).toUpperCase(Locale.ROOT);
            if (nth.isEmpty()) {
                parts.add(code);
            }
            for (int n : nth) {
                parts.add(n + code);
            }
        }
        return String.join(",", parts);
    }

    /** {@code FREQ=WEEKLY;BYDAY=MO,TH}, ending with {@code last} when it is not null. */
    public static String weekly(List<DayOfWeek> days, LocalDate last, ZoneId zone) {
        return weekly(days, last, zone, 1);
    }

    /** {@code FREQ=MONTHLY;UNTIL=...;BYDAY=1SA,3SA}: the {@code nth} {@code days} of every month up to {@code last}. */
    public static String monthly(List<Integer> nth, List<DayOfWeek> days, LocalDate last, ZoneId zone) {
        return "FREQ=MONTHLY;UNTIL=" + until(last, zone) + ";BYDAY=" + byDay(nth, days);
    }

    /** {@code FREQ=WEEKLY;INTERVAL=2;BYDAY=WE}: every {@code every} weeks, counted from the start's week. */
    public static String weekly(List<DayOfWeek> days, LocalDate last, ZoneId zone, int every) {
        StringBuilder rule = new StringBuilder("FREQ=WEEKLY");
        if (last != null) {
            rule.append(";UNTIL=").append(until(last, zone));
        }
        if (every > 1) {
            rule.append(";INTERVAL=").append(every);
        }
        rule.append(";BYDAY=").append(days.stream().sorted().distinct()
                .map(day -> day.name().substring(0, 2).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(",")));
        return rule.toString();
    }

    /** {@code FREQ=DAILY;COUNT=3}: {@code days} days in a row. */
    public static String daily(int days) {
        return "FREQ=DAILY;COUNT=" + days;
    }

    /**
     * RFC 5545: with a start in a time zone (TZID), UNTIL is in UTC. The last day counts whole,
     * so the rule ends at 23:59:59 of that day in {@code zone}.
     */
    static String until(LocalDate last, ZoneId zone) {
        return UTC_STAMP.format(last.atTime(23, 59, 59).atZone(zone).withZoneSameInstant(ZoneOffset.UTC));
    }
}
