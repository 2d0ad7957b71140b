package se.kvarter.hours;

import java.time.Instant;

/** A stretch of real time in which a place is open for everyone: from {@code start} until before {@code end}. */
public record OpenPeriod(Instant start, Instant end) {
}
