package se.kvarter.model;

import java.time.LocalDate;
import java.util.List;
import se.kvarter.source.Position;

/**
 * Hours that replace the weekly rules on a date or a range of dates: closed, or open at the
 * given times. {@code from} equals {@code to} for a single date.
 */
public record HoursException(LocalDate from, LocalDate to, boolean closed, List<TimeRange> times,
                             String reason, Position at) {

    public HoursException {
        times = List.copyOf(times);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
