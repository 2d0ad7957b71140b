package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Position;

/** Short ways to write opening hours in tests: {@code rule("mo-fr", "09:00-19:00")}. */
final class Fixtures {

    static final Position AT = new Position("places/x.md", 1, 1);

    private Fixtures() {
    }

    /** {@code 22:00-02:00}, {@code 18:00-24:00} */
    static TimeRange time(String text) {
        String[] ends = text.split("-");
        return new TimeRange(minutes(ends[0]), minutes(ends[1]));
    }

    static List<TimeRange> times(String... texts) {
        return Arrays.stream(texts).map(Fixtures::time).toList();
    }

    /** {@code mo}, {@code mo-fr} or {@code mo,th} */
    static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.split("-");
            DayOfWeek first = day(ends[0]);
            DayOfWeek last = day(ends[ends.length - 1]);
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    static HoursRule rule(String days, String... times) {
        return new HoursRule(days(days), times(times), null, null, null, AT);
    }

    static HoursRule rule(String days, Audience audience, String... times) {
        return new HoursRule(days(days), times(times), audience, null, null, AT);
    }

    static HoursRule seasonal(Season season, String days, String... times) {
        return new HoursRule(days(days), times(times), null, null, season, AT);
    }

    static Season yearly(String from, String to) {
        return new Season.Yearly(java.time.MonthDay.parse("--" + from), java.time.MonthDay.parse("--" + to));
    }

    static Season dates(String from, String to) {
        return new Season.Dates(LocalDate.parse(from), LocalDate.parse(to));
    }

    static HoursException closed(String from, String to, String reason) {
        return new HoursException(LocalDate.parse(from), LocalDate.parse(to), true, List.of(), reason, AT);
    }

    static HoursException open(String from, String to, String reason, String... times) {
        return new HoursException(LocalDate.parse(from), LocalDate.parse(to), false, times(times), reason, AT);
    }

    static OpeningHours hours(HolidayPolicy holidays, List<HoursException> exceptions, HoursRule... rules) {
        return new OpeningHours(List.of(rules), exceptions, holidays);
    }

    static OpeningHours hours(HoursRule... rules) {
        return hours(HolidayPolicy.OPEN, List.of(), rules);
    }

    /** The openings of a day as text: {@code ["09:00-12:00", "13:00-17:00 families"]}. */
    static List<String> text(DaySchedule day) {
        return day.openings().stream()
                .map(o -> o.time() + (o.audience() == null ? "" : " " + o.audience().code()))
                .toList();
    }

    private static int minutes(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private static DayOfWeek day(String code) {
        return switch (code) {
            case "mo" -> DayOfWeek.MONDAY;
            case "tu" -> DayOfWeek.TUESDAY;
            case "we" -> DayOfWeek.WEDNESDAY;
            case "th" -> DayOfWeek.THURSDAY;
            case "fr" -> DayOfWeek.FRIDAY;
            case "sa" -> DayOfWeek.SATURDAY;
            case "su" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException(code);
        };
    }
}
