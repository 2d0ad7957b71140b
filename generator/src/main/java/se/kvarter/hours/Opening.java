package se.kvarter.hours;

import se.kvarter.model.Audience;
import se.kvarter.model.TimeRange;

/**
 * One resolved opening on a day.
 *
 * @param audience who it is for, or null for everyone
 * @param note     the rule's note, or null
 */
public record Opening(TimeRange time, Audience audience, String note) {
}
