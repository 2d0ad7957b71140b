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
 * Rules that hold only some weeks or weekdays of the month are checked as if they held every
 * week, which drops more than the validator does (it lets alternate weeks share a time).
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
                        candidate.every(), candidate.from(), candidate.nth(), candidate.at()));
            }
        }
        return kept;
    }

    /**
     * The patterns of a rule as the content writes them: every week (most often), every 2 or 3
     * weeks counted from a date, from a date on, or the nth weekdays of the month.
     */
    static net.jqwik.api.Arbitrary<HoursRule> patterned(net.jqwik.api.Arbitrary<HoursRule> rules, java.time.LocalDate around) {
        net.jqwik.api.Arbitrary<java.time.LocalDate> from = net.jqwik.api.Arbitraries.integers().between(-120, 500)
                .map(around::plusDays);
        net.jqwik.api.Arbitrary<List<Integer>> nth = net.jqwik.api.Arbitraries.of(1, 2, 3, 4, 5, -1, -2).set()
                .ofMinSize(1).ofMaxSize(2).map(set -> set.stream().sorted().toList());
        return rules.flatMap(rule -> net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, net.jqwik.api.Arbitraries.just(rule)),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.integers().between(2, 3), from)
                        .as((every, start) -> with(rule, every, start, List.of()))),
                net.jqwik.api.Tuple.of(1, from.map(start -> with(rule, 1, start, List.of()))),
                net.jqwik.api.Tuple.of(1, nth.map(ordinals -> with(rule, 1, null, ordinals)))));
    }

    private static HoursRule with(HoursRule rule, int every, java.time.LocalDate from, List<Integer> nth) {
        return new HoursRule(rule.days(), rule.times(), rule.audience(), rule.note(), rule.season(), every, from, nth,
                rule.at());
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
