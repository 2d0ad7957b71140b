package se.kvarter.hours;

import java.time.Instant;
import se.kvarter.model.Audience;

/**
 * A stretch of real time in which a place is open: from {@code start} until before {@code end}.
 *
 * @param audience who it is open for, or null for everyone
 */
public record OpenPeriod(Instant start, Instant end, Audience audience) {

    public OpenPeriod(Instant start, Instant end) {
        this(start, end, null);
    }
}
