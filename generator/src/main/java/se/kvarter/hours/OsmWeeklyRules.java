package se.kvarter.hours;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * The regular part of a place's {@code opening_hours} value: its weekly rules, then each season
 * (a later rule replaces earlier ones on the days it selects, as a season replaces the regular
 * hours on the weekdays it names), then the public holidays ({@code PH off}, or {@code PH
 * unknown} when the place has not decided).
 *
 * <p>Within the rules of one season (or of none), each weekday's openings are laid out on the day
 * first: where hours for everyone and hours for an audience overlap, the place is open for
 * everyone; where only audiences are welcome, the stretch carries a comment naming them
 * ({@code "families"}). Weekdays whose stretches of one kind are the same share a rule.
 *
 * <p>A rule on some weekdays of the month is an additional rule after the weekly ones
 * ({@code , Sa[1,3] 10:00-14:00}). Rules that hold only some weeks, or from a date on, are left
 * out: the dated rules that follow the regular part state their days, as they state every day on
 * which the regular part is wrong.
 */
final class OsmWeeklyRules {

    private static final int DAY = TimeRange.MINUTES_PER_DAY;

    private OsmWeeklyRules() {
    }

    /**
     * @param publicHolidays whether the place's holidays are OpenStreetMap's {@code PH}, so that its
     *                       policy is written as a {@code PH} rule
     * @param undecided      the comment of {@code PH unknown}
     */
    static List<OsmRule> of(OpeningHours hours, boolean publicHolidays, String undecided) {
        List<OsmRule> rules = new ArrayList<>();
        Map<Season, List<HoursRule>> layers = new LinkedHashMap<>();
        List<HoursRule> monthly = new ArrayList<>();
        for (HoursRule rule : hours.rules()) {
            if (!rule.patterned() && rule.from() == null) {
                layers.computeIfAbsent(rule.season(), season -> new ArrayList<>()).add(rule);
            } else if (nthOnly(rule)) {
                monthly.add(rule);
            }
            // every other week cannot be written without ISO week parity (which drifts in 53-week
            // years), and a rule from a date is no regular hours before it: the dated rules of
            // OsmOpeningHours carry their days, as they carry every day the regular part gets wrong
        }
        List<HoursRule> plain = layers.remove(null);
        if (plain != null) {
            layer(null, plain, rules);
        }
        // Sa[1,3] 10:00-14:00: added to the weekly hours of those days, as the rule adds its openings
        for (HoursRule rule : monthly) {
            boolean everyone = Interval.forEveryone(rule.audience());
            rules.add(new OsmRule(new OsmRule.Weekly(null, EnumSet.copyOf(rule.days()), rule.nth()), rule.times(),
                    everyone ? OsmRule.State.OPEN : OsmRule.State.AUDIENCE,
                    everyone ? null : comment(List.of(rule.audience())), true));
        }
        layers.forEach((season, seasonal) -> layer(season, seasonal, rules));
        if (publicHolidays && hours.holidays() == HolidayPolicy.CLOSED) {
            rules.add(new OsmRule(new OsmRule.PublicHolidays(), List.of(), OsmRule.State.OFF, null, false));
        } else if (publicHolidays && hours.holidays() == HolidayPolicy.UNKNOWN) {
            rules.add(new OsmRule(new OsmRule.PublicHolidays(), List.of(), OsmRule.State.UNKNOWN, undecided, false));
        }
        return rules;
    }

    /**
     * The rules of one season. A rule selecting a weekday that an earlier rule of the season
     * already selects (or that its hours spill into past midnight) is an additional rule, which
     * adds to the earlier one instead of replacing it; a rule's weekdays that the season has not
     * named yet are a rule of their own, which replaces what earlier seasons said about them.
     */
    private static void layer(Season season, List<HoursRule> rules, List<OsmRule> out) {
        Map<List<Audience>, Map<DayOfWeek, List<TimeRange>>> byKind = new TreeMap<>(OsmWeeklyRules::compareKinds);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Stretch stretch : stretches(rules, day)) {
                Map<DayOfWeek, List<TimeRange>> perDay =
                        byKind.computeIfAbsent(stretch.audiences(), k -> new EnumMap<>(DayOfWeek.class));
                // a stretch that starts after midnight (where an audience's hours outlast everyone's) is the next day's
                boolean next = stretch.start() >= DAY;
                DayOfWeek on = next ? day.plus(1) : day;
                int start = next ? stretch.start() - DAY : stretch.start();
                int end = next ? stretch.end() - DAY : stretch.end();
                if (end <= DAY || end - start < DAY) {
                    perDay.computeIfAbsent(on, d -> new ArrayList<>()).add(new TimeRange(start, end <= DAY ? end : end - DAY));
                } else {
                    perDay.computeIfAbsent(on, d -> new ArrayList<>()).add(new TimeRange(start, DAY));
                    perDay.computeIfAbsent(on.plus(1), d -> new ArrayList<>()).add(new TimeRange(0, end - DAY));
                }
            }
        }
        Set<DayOfWeek> touched = EnumSet.noneOf(DayOfWeek.class);
        byKind.forEach((audiences, perDay) -> {
            OsmRule.State state = audiences.isEmpty() ? OsmRule.State.OPEN : OsmRule.State.AUDIENCE;
            String comment = audiences.isEmpty() ? null : comment(audiences);
            Map<List<TimeRange>, Set<DayOfWeek>> sameTimes = new LinkedHashMap<>();
            perDay.forEach((day, times) -> {
                times.sort(Comparator.comparingInt(TimeRange::start));
                sameTimes.computeIfAbsent(List.copyOf(times), t -> EnumSet.noneOf(DayOfWeek.class)).add(day);
            });
            sameTimes.forEach((times, days) -> {
                Set<DayOfWeek> fresh = EnumSet.copyOf(days);
                fresh.removeAll(touched);
                Set<DayOfWeek> again = EnumSet.copyOf(days);
                again.retainAll(touched);
                if (!fresh.isEmpty()) {
                    out.add(new OsmRule(new OsmRule.Weekly(season, fresh), times, state, comment, false));
                }
                if (!again.isEmpty()) {
                    out.add(new OsmRule(new OsmRule.Weekly(season, again), times, state, comment, true));
                }
                for (DayOfWeek day : days) {
                    touched.add(day);
                    if (times.stream().anyMatch(TimeRange::crossesMidnight)) {
                        touched.add(day.plus(1));
                    }
                }
            });
        });
    }

    /**
     * Whether a rule is only an {@code nth} weekday of the month, without a season, a start or a
     * range past midnight: what a {@code Sa[1,3]} selector says exactly.
     */
    private static boolean nthOnly(HoursRule rule) {
        return !rule.nth().isEmpty() && rule.every() == 1 && rule.from() == null && rule.season() == null
                && rule.times().stream().noneMatch(TimeRange::crossesMidnight);
    }

    /** {@code families, youth} */
    static String comment(List<Audience> audiences) {
        return audiences.stream().map(Audience::code).collect(Collectors.joining(", "));
    }

    /** A stretch of a weekday from {@code start} to {@code end} (past {@value #DAY} after midnight), for everyone when {@code audiences} is empty. */
    private record Stretch(int start, int end, List<Audience> audiences) {
    }

    /**
     * The weekday's openings in this season laid out from its midnight: touching stretches with
     * the same audiences joined, everyone winning where it overlaps an audience.
     */
    private static List<Stretch> stretches(List<HoursRule> rules, DayOfWeek day) {
        Coverage coverage = new Coverage();
        for (HoursRule rule : rules) {
            if (rule.days().contains(day)) {
                for (TimeRange time : rule.times()) {
                    coverage.add(time.start(), time.start() + time.minutes(), rule.audience());
                }
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        for (Coverage.Segment segment : coverage.segments()) {
            List<Audience> kind = segment.everyone() ? List.of() : List.copyOf(segment.audiences());
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && last.end() == segment.from() && last.audiences().equals(kind)) {
                stretches.set(stretches.size() - 1, new Stretch(last.start(), segment.to(), kind));
            } else {
                stretches.add(new Stretch(segment.from(), segment.to(), kind));
            }
        }
        return stretches;
    }

    /** Everyone first, then audiences in the order of their codes' declaration. */
    private static int compareKinds(List<Audience> a, List<Audience> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
