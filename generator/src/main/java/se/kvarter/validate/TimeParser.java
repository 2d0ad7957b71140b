package se.kvarter.validate;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.content.YamlNode;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Problems;

/**
 * Reads weekdays ({@code mo}, {@code mo-fr}) and time ranges ({@code 13:00-17:00}) as
 * communicators write them. A dash may be typed as an en dash and spaces around it are fine;
 * anything else is reported with the fix.
 */
final class TimeParser {

    private static final List<String> DAY_CODES = List.of("mo", "tu", "we", "th", "fr", "sa", "su");
    private static final Map<String, String> SWEDISH_DAYS = Map.ofEntries(
            Map.entry("må", "mo"), Map.entry("mån", "mo"), Map.entry("måndag", "mo"),
            Map.entry("ti", "tu"), Map.entry("tis", "tu"), Map.entry("tisdag", "tu"),
            Map.entry("on", "we"), Map.entry("ons", "we"), Map.entry("onsdag", "we"),
            Map.entry("to", "th"), Map.entry("tor", "th"), Map.entry("tors", "th"), Map.entry("torsdag", "th"),
            Map.entry("fre", "fr"), Map.entry("fredag", "fr"),
            Map.entry("lö", "sa"), Map.entry("lör", "sa"), Map.entry("lördag", "sa"),
            Map.entry("sö", "su"), Map.entry("sön", "su"), Map.entry("söndag", "su"));
    private static final Pattern RANGE = Pattern.compile("\\s*([^\\s\\-–—]+)\\s*[-–—]\\s*([^\\s\\-–—]+)\\s*");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern DOTTED_TIME = Pattern.compile("(\\d{1,2})\\.(\\d{2})");

    private final Problems problems;

    TimeParser(Problems problems) {
        this.problems = problems;
    }

    /** The weekdays of a {@code days} value, in week order; empty when wrong (reported). */
    List<DayOfWeek> days(List<YamlNode.Scalar> values, String label) {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (YamlNode.Scalar value : values) {
            String text = value.value().strip().toLowerCase(Locale.ROOT);
            Matcher range = RANGE.matcher(text);
            if (range.matches()) {
                DayOfWeek from = day(range.group(1), value, label);
                DayOfWeek to = day(range.group(2), value, label);
                if (from != null && to != null) {
                    for (DayOfWeek d = from; ; d = d.plus(1)) {
                        days.add(d);
                        if (d == to) {
                            break;
                        }
                    }
                }
            } else {
                DayOfWeek day = day(text, value, label);
                if (day != null) {
                    days.add(day);
                }
            }
        }
        return days.stream().sorted().toList();
    }

    private DayOfWeek day(String code, YamlNode.Scalar value, String label) {
        int index = DAY_CODES.indexOf(code);
        if (index >= 0) {
            return DayOfWeek.of(index + 1);
        }
        String english = SWEDISH_DAYS.get(code);
        if (english != null) {
            problems.add(value.at(), "hours.swedish-day", label, code, english);
        } else {
            problems.add(value.at(), "hours.bad-day", label, code);
        }
        return null;
    }

    /** The time ranges of a {@code time} value (one range or a list); reported and left out when wrong. */
    List<TimeRange> ranges(List<YamlNode.Scalar> values, String label) {
        List<TimeRange> ranges = new ArrayList<>();
        for (YamlNode.Scalar value : values) {
            TimeRange range = range(value, label);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    TimeRange range(YamlNode.Scalar value, String label) {
        String text = value.value().strip();
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            problems.add(value.at(), "hours.bad-range", label, text);
            return null;
        }
        Integer start = minutes(range.group(1), value, label, false);
        Integer end = minutes(range.group(2), value, label, true);
        if (start == null || end == null) {
            return null;
        }
        if (start.equals(end)) {
            problems.add(value.at(), "hours.empty-range", label, text);
            return null;
        }
        return new TimeRange(start, end);
    }

    private Integer minutes(String text, YamlNode.Scalar value, String label, boolean isEnd) {
        Matcher time = TIME.matcher(text);
        if (!time.matches()) {
            Matcher dotted = DOTTED_TIME.matcher(text);
            if (dotted.matches()) {
                problems.add(value.at(), "hours.dotted-time", label, text,
                        String.format("%02d:%s", Integer.parseInt(dotted.group(1)), dotted.group(2)));
            } else {
                problems.add(value.at(), "hours.bad-time", label, text);
            }
            return null;
        }
        int hours = Integer.parseInt(time.group(1));
        int minutes = Integer.parseInt(time.group(2));
        boolean midnightEnd = isEnd && hours == 24 && minutes == 0;
        if ((hours > 23 && !midnightEnd) || minutes > 59) {
            problems.add(value.at(), "hours.impossible-time", label, text);
            return null;
        }
        return hours * 60 + minutes;
    }
}
