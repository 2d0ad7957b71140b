package se.kvarter.hours;

import java.time.LocalDate;
import java.util.List;
import se.kvarter.model.HoursException;

/**
 * A place's hours on one date after every rule is applied, openings in time order: the one
 * answer that every channel gives for the date.
 *
 * @param exception          the exception that decided the day, or null
 * @param holiday            the holiday that keeps the place closed (with {@code holidays: closed}
 *                           and no exception) or leaves the day undecided ({@code holidays:
 *                           unknown}), or null; named also when the weekly rules would have kept
 *                           it closed anyway, as outputs.md shows for midsommarafton
 * @param closedByHoliday    whether the holiday closed a day the weekly rules would have opened
 * @param unknown            whether nobody knows the day's hours: a place without weekly hours
 *                           outside its exceptions, or a holiday of a place with {@code holidays: unknown}
 */
public record DaySchedule(LocalDate date, List<Opening> openings, HoursException exception, Holiday holiday,
                          boolean closedByHoliday, boolean unknown) {

    public DaySchedule {
        openings = List.copyOf(openings);
        if (unknown && !openings.isEmpty()) {
            throw new IllegalArgumentException("a day with openings is not unknown: " + date);
        }
    }

    public DaySchedule(LocalDate date, List<Opening> openings, HoursException exception, Holiday holiday,
                       boolean closedByHoliday) {
        this(date, openings, exception, holiday, closedByHoliday, false);
    }

    public DayState state() {
        return !openings.isEmpty() ? DayState.OPEN : unknown ? DayState.UNKNOWN : DayState.CLOSED;
    }

    /** Open for someone at some time of the day (possibly only for an audience). */
    public boolean isOpen() {
        return !openings.isEmpty();
    }

    /** Known to be closed all day; an unknown day is not closed. */
    public boolean isClosed() {
        return openings.isEmpty() && !unknown;
    }

    public boolean isUnknown() {
        return unknown;
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
