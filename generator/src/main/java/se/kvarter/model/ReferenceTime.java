package se.kvarter.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * "Now" for a build, in the site's time zone: the day that opening hours, stale notices and
 * upcoming events are computed for, and the moment that scheduled publishing compares with.
 * A build given {@code --date} uses the start of that day, so its output depends on nothing else.
 */
public record ReferenceTime(LocalDate date, LocalDateTime instant) {

    public static ReferenceTime startOf(LocalDate date) {
        return new ReferenceTime(date, date.atStartOfDay());
    }

    /** Whether an entry with these fields is published at this time. */
    public boolean publishes(boolean draft, LocalDateTime publishDate, boolean includeDrafts) {
        if (includeDrafts) {
            return true;
        }
        return !draft && (publishDate == null || !publishDate.isAfter(instant));
    }
}
