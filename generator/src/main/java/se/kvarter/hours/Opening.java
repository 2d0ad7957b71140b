package se.kvarter.hours;

import java.util.Objects;
import se.kvarter.model.Audience;
import se.kvarter.model.TimeRange;

/**
 * One resolved opening on a day.
 *
 * @param audience who it is for, or null for everyone
 * @param note     the rule's note, or null
 */
public record Opening(TimeRange time, Audience audience, String note) {

    // equals and hashCode written out, as a record's are (the same values): the generated ones go
    // through method handles, slow under the build's compiler (C1), and the calendars ask each
    // day of a year whether it has an opening
    @Override
    public boolean equals(Object other) {
        return other instanceof Opening that && Objects.equals(time, that.time) && audience == that.audience
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(time) + Objects.hashCode(audience)) * 31 + Objects.hashCode(note);
    }
}
