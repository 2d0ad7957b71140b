package se.kvarter.hours;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.TimeRange;

/**
 * Turns random rules into rules the content validator would accept: no two ranges for the same
 * weekday, season and audience overlap, not even when one spills past midnight into the next
 * day; no two exceptions share a date. Conflicting ranges, rules and exceptions are dropped.
 */
final class ValidHours {

    private static final int WEEK = 7 * TimeRange.MINUTES_PER_DAY;

    private ValidHours() {
    }

    static List<HoursRule> rules(List<HoursRule> candidates) {
        List<HoursRule> kept = new ArrayList<>();
        for (HoursRule candidate : candidates) {
            List<TimeRange> times = new ArrayList<>();
            for (TimeRange time : candidate.times()) {
                boolean free = times.stream().noneMatch(other -> clash(candidate.days(), time, candidate.days(), other))
                        && kept.stream().filter(rule -> sameKind(rule, candidate)).noneMatch(rule ->
                        rule.times().stream().anyMatch(other -> clash(candidate.days(), time, rule.days(), other)));
                if (free) {
                    times.add(time);
                }
            }
            if (!times.isEmpty()) {
                kept.add(new HoursRule(candidate.days(), times, candidate.audience(), candidate.note(), candidate.season(),
                        candidate.at()));
            }
        }
        return kept;
    }

    static List<HoursException> exceptions(List<HoursException> candidates) {
        List<HoursException> kept = new ArrayList<>();
        for (HoursException candidate : candidates) {
            if (kept.stream().allMatch(e -> candidate.to().isBefore(e.from()) || candidate.from().isAfter(e.to()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Non-overlapping ranges of one day, ignoring what spills past midnight. */
    static List<TimeRange> oneDay(List<TimeRange> candidates) {
        List<TimeRange> kept = new ArrayList<>();
        for (TimeRange candidate : candidates) {
            if (kept.stream().noneMatch(other -> overlap(candidate.start(), candidate.start() + candidate.minutes(),
                    other.start(), other.start() + other.minutes()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static boolean sameKind(HoursRule a, HoursRule b) {
        return Objects.equals(a.audience(), b.audience()) && Objects.equals(a.season(), b.season());
    }

    /** Whether the ranges overlap anywhere in the week, each laid out on its weekdays (Sunday spills into Monday). */
    private static boolean clash(List<DayOfWeek> daysA, TimeRange a, List<DayOfWeek> daysB, TimeRange b) {
        for (DayOfWeek dayA : daysA) {
            for (DayOfWeek dayB : daysB) {
                int startA = (dayA.getValue() - 1) * TimeRange.MINUTES_PER_DAY + a.start();
                int startB = (dayB.getValue() - 1) * TimeRange.MINUTES_PER_DAY + b.start();
                // compare on the circular week: try B shifted a week either way
                for (int shift = -WEEK; shift <= WEEK; shift += WEEK) {
                    if (overlap(startA, startA + a.minutes(), startB + shift, startB + shift + b.minutes())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean overlap(int startA, int endA, int startB, int endB) {
        return startA < endB && startB < endA;
    }
}
