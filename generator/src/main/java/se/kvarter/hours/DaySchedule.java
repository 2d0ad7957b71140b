package se.kvarter.hours;

import java.time.LocalDate;
import java.util.List;
import se.kvarter.model.HoursException;

/**
 * A place's hours on one date after every rule is applied, openings in time order.
 *
 * @param exception          the exception that decided the day, or null
 * @param holiday            the holiday that keeps the place closed (with {@code holidays: closed}
 *                           and no exception), or null; named also when the weekly rules would
 *                           have kept it closed anyway, as outputs.md shows for midsommarafton
 * @param closedByHoliday    whether the holiday closed a day the weekly rules would have opened
 */
public record DaySchedule(LocalDate date, List<Opening> openings, HoursException exception, Holiday holiday,
                          boolean closedByHoliday) {

    public DaySchedule {
        openings = List.copyOf(openings);
    }

    public boolean isClosed() {
        return openings.isEmpty();
    }

    /** Whether the day differs from the weekly rules: an exception or a holiday changed its hours. */
    public boolean differsFromRules() {
        return exception != null || closedByHoliday;
    }

    /** What decided the day, an exception or a holiday, in {@code language}; null when the rules did. */
    public String reason(String language) {
        if (exception != null) {
            return exception.reason();
        }
        return holiday == null ? null : holiday.name(language);
    }
}
