package se.kvarter.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import se.kvarter.source.Position;

/**
 * A one-off or recurring event. Times are local times in the site's time zone; a recurring
 * event keeps its local time across daylight-saving changes.
 *
 * @param place        the id of the place it is at, or null when {@code location} is given
 * @param location     where it is when not at a place, or null
 * @param organization the organiser's id, or null
 * @param repeat       how it repeats, or null for a one-off event
 * @param skip         dates of occurrences that do not take place
 * @param registration a URL to sign up, or null
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 */
public record Event(
        String id, String title, String summary, String place, EventLocation location, String organization,
        LocalDateTime start, LocalDateTime end, Repeat repeat, List<LocalDate> skip, String registration,
        List<Audience> audiences, boolean cancelled, Image image, String bodyHtml, boolean draft,
        String language, Set<String> untranslated, Position at) {

    public Event {
        untranslated = Set.copyOf(untranslated);
        skip = List.copyOf(skip);
        audiences = List.copyOf(audiences);
    }
}
