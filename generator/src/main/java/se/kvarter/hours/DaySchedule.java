package se.kvarter.hours;

import java.time.LocalDate;
import java.util.List;
import se.kvarter.model.HoursException;

/**
 * A place's hours on one date after every rule is applied, openings in time order.
 *
 * @param exception the exception that decided the day, or null
 * @param holiday   the holiday that closed the day, or null (set only when the place would
 *                  otherwise have been open that day)
 */
public record DaySchedule(LocalDate date, List<Opening> openings, HoursException exception, Holiday holiday) {

    public DaySchedule {
        openings = List.copyOf(openings);
    }

    public boolean isClosed() {
        return openings.isEmpty();
    }

    /** Why the day differs from the weekly rules, in {@code language}; null when it does not. */
    public String reason(String language) {
        if (exception != null) {
            return exception.reason();
        }
        return holiday == null ? null : holiday.name(language);
    }
}
