package se.kvarter.model;

import java.time.DayOfWeek;
import java.util.List;
import se.kvarter.source.Position;

/**
 * One line of a place's weekly hours: on these weekdays, these time ranges.
 *
 * @param audience who the hours are for, or null for everyone
 * @param note     free text shown with the hours, or null
 * @param season   the dates the rule is limited to, or null for all year
 */
public record HoursRule(List<DayOfWeek> days, List<TimeRange> times, Audience audience, String note,
                        Season season, Position at) {

    public HoursRule {
        days = List.copyOf(days);
        times = List.copyOf(times);
    }
}
