package se.kvarter.model;

import java.time.LocalDate;

/**
 * How an event repeats: every {@code interval} {@code unit}s, {@code count} times or until a
 * date (exactly one of the two is set; the other is null).
 */
public record Repeat(int interval, RepeatUnit unit, Integer count, LocalDate until) {
}
