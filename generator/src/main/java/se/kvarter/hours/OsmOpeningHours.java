package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * Writes {@link OpeningHours} as an OpenStreetMap {@code opening_hours} value
 * ({@code Mo-Fr 09:00-19:00; Sa 10:00-15:00; PH off}) for open data. Rules come in the order the
 * OSM evaluation needs, since a later rule replaces earlier ones on the days it selects: the
 * rules without a season, then each season, then {@code PH off}. Notes are left out; an audience
 * becomes a comment ({@code "families"}).
 *
 * <p>The value describes the regular hours, as OpenStreetMap wants them in its data: dated
 * exceptions (a closure for the summer, shorter hours before Christmas) are temporary and stay
 * in the open data's {@code exceptions} and {@code schedule}, as outputs.md shows. So do the
 * eves that {@link SwedishHolidays} closes, which OSM's {@code PH} does not include.
 */
public final class OsmOpeningHours {

    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

    private OsmOpeningHours() {
    }

    /** The {@code opening_hours} value of a place's availability. */
    public static String format(Availability availability) {
        return format(availability.hours());
    }

    /** The {@code opening_hours} value; {@code ""} for hours without rules. */
    public static String format(OpeningHours hours) {
        if (hours.rules().isEmpty()) {
            return "";
        }
        Value value = new Value();
        Map<Season, List<HoursRule>> layers = new LinkedHashMap<>();
        for (HoursRule rule : hours.rules()) {
            layers.computeIfAbsent(rule.season(), season -> new ArrayList<>()).add(rule);
        }
        List<HoursRule> plain = layers.remove(null);
        if (plain != null) {
            layer("", plain, value);
        }
        layers.forEach((season, rules) -> layer(period(season) + ": ", rules, value));
        if (hours.holidays() == HolidayPolicy.CLOSED) {
            value.add("PH off", false);
        }
        return value.toString();
    }

    /**
     * One group of rules sharing a season: per audience, weekdays with the same times share a
     * rule. A rule that touches a weekday an earlier rule of the group already selects (or that
     * the earlier rule's hours spill into past midnight) is joined with {@code ", "}, which adds
     * to earlier rules instead of replacing them.
     */
    private static void layer(String prefix, List<HoursRule> rules, Value value) {
        Map<Audience, List<HoursRule>> byAudience = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (HoursRule rule : rules) {
            Audience audience = Interval.forEveryone(rule.audience()) ? null : rule.audience();
            byAudience.computeIfAbsent(audience, a -> new ArrayList<>()).add(rule);
        }
        Set<DayOfWeek> touched = EnumSet.noneOf(DayOfWeek.class);
        byAudience.forEach((audience, group) -> {
            for (Map.Entry<List<TimeRange>, Set<DayOfWeek>> same : sameTimes(group).entrySet()) {
                Set<DayOfWeek> days = same.getValue();
                boolean additional = days.stream().anyMatch(touched::contains);
                String comment = audience == null ? "" : " \"" + audience.code() + "\"";
                value.add(prefix + weekdays(days) + " " + times(same.getKey()) + comment, additional);
                for (DayOfWeek day : days) {
                    touched.add(day);
                    if (same.getKey().stream().anyMatch(TimeRange::crossesMidnight)) {
                        touched.add(day.plus(1));
                    }
                }
            }
        });
    }

    /** The weekdays, Monday first, grouped by their sorted list of times. */
    private static Map<List<TimeRange>, Set<DayOfWeek>> sameTimes(List<HoursRule> rules) {
        Map<DayOfWeek, List<TimeRange>> perDay = new EnumMap<>(DayOfWeek.class);
        for (HoursRule rule : rules) {
            for (DayOfWeek day : rule.days()) {
                List<TimeRange> times = perDay.computeIfAbsent(day, d -> new ArrayList<>());
                rule.times().stream().filter(time -> !times.contains(time)).forEach(times::add);
            }
        }
        Map<List<TimeRange>, Set<DayOfWeek>> grouped = new LinkedHashMap<>();
        perDay.forEach((day, times) -> {
            if (times.isEmpty()) {
                return;
            }
            times.sort(Comparator.comparingInt(TimeRange::start));
            grouped.computeIfAbsent(List.copyOf(times), t -> EnumSet.noneOf(DayOfWeek.class)).add(day);
        });
        return grouped;
    }

    /** {@code Mo-We,Fr}: three or more consecutive days as a range, two as {@code Sa,Su}. */
    static String weekdays(Set<DayOfWeek> days) {
        StringJoiner joined = new StringJoiner(",");
        int day = 1;
        while (day <= 7) {
            if (!days.contains(DayOfWeek.of(day))) {
                day++;
                continue;
            }
            int last = day;
            while (last < 7 && days.contains(DayOfWeek.of(last + 1))) {
                last++;
            }
            if (last - day >= 2) {
                joined.add(WEEKDAYS[day - 1] + "-" + WEEKDAYS[last - 1]);
            } else {
                for (int each = day; each <= last; each++) {
                    joined.add(WEEKDAYS[each - 1]);
                }
            }
            day = last + 1;
        }
        return joined.toString();
    }

    /** {@code 09:00-12:00,22:00-02:00}; an end at midnight is written {@code 24:00}. */
    private static String times(List<TimeRange> times) {
        StringJoiner joined = new StringJoiner(",");
        for (TimeRange time : times) {
            joined.add(time.opens() + "-" + (time.end() == 0 ? "24:00" : time.closes()));
        }
        return joined.toString();
    }

    private static String period(Season season) {
        if (season instanceof Season.Yearly yearly) {
            return span(monthDay(yearly.from()), monthDay(yearly.to()));
        }
        Season.Dates dates = (Season.Dates) season;
        return span(date(dates.from()), date(dates.to()));
    }

    private static String span(String from, String to) {
        return from.equals(to) ? from : from + "-" + to;
    }

    private static String monthDay(MonthDay day) {
        return MONTHS[day.getMonthValue() - 1] + " " + String.format("%02d", day.getDayOfMonth());
    }

    private static String date(LocalDate date) {
        return date.getYear() + " " + monthDay(MonthDay.from(date));
    }

    /** The rules written so far, each after a {@code "; "} or an additional-rule {@code ", "}. */
    private static final class Value {
        private final StringBuilder text = new StringBuilder();

        void add(String rule, boolean additional) {
            if (!text.isEmpty()) {
                text.append(additional ? ", " : "; ");
            }
            text.append(rule);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
