package se.kvarter.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.kvarter.model.Audience;
import se.kvarter.model.TimeRange;

/** A stretch of real time during which a place is open for everyone: from {@code start}, until before {@code end}. */
record Interval(ZonedDateTime start, ZonedDateTime end) {

    boolean contains(ZonedDateTime instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /**
     * The openings of {@code day} that are for everyone, as real time in {@code zone}. Local times
     * that a daylight-saving change skips move forward by the length of the gap, and ambiguous ones
     * take the earlier offset ({@link ZonedDateTime#of}); an opening that the change swallows
     * whole (02:15-02:45 on the spring night) is left out.
     */
    static List<Interval> of(DaySchedule day, ZoneId zone) {
        List<Interval> intervals = new ArrayList<>();
        for (Opening opening : day.openings()) {
            if (forEveryone(opening.audience())) {
                of(day.date(), opening, zone).ifPresent(intervals::add);
            }
        }
        return intervals;
    }

    /** One opening of {@code date} as real time in {@code zone}; empty when a clock change swallows it. */
    static Optional<Interval> of(LocalDate date, Opening opening, ZoneId zone) {
        TimeRange time = opening.time();
        ZonedDateTime start = at(date, time.start(), zone);
        ZonedDateTime end = at(time.crossesMidnight() ? date.plusDays(1) : date, time.end(), zone);
        return end.isAfter(start) ? Optional.of(new Interval(start, end)) : Optional.empty();
    }

    /**
     * Joins intervals that overlap or touch (09:00-12:00 and 12:00-15:00, or 22:00-24:00 and the
     * next day's 00:00-02:00), so that no closing is seen where the place stays open.
     */
    static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                if (next.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, new Interval(last.start(), next.end()));
                }
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    static boolean forEveryone(Audience audience) {
        return audience == null || audience == Audience.EVERYONE;
    }

    /** {@code minutes} after the start of {@code date}; 24:00 is the next day's 00:00. */
    private static ZonedDateTime at(LocalDate date, int minutes, ZoneId zone) {
        if (minutes == TimeRange.MINUTES_PER_DAY) {
            return ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone);
        }
        return ZonedDateTime.of(date, LocalTime.of(minutes / 60, minutes % 60), zone);
    }
}
