package se.kvarter.model;

import java.util.List;
import java.util.Set;
import se.kvarter.source.Position;

/**
 * A hub or meeting place: where it is, when it is open, what it offers, who can get in.
 *
 * @param organization the id of the organisation running it, or null
 * @param replacedBy   the id of the place that took over, or null
 * @param bodyHtml     the description, rendered and sanitised
 * @param language     the language its text is written in
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 */
public record Place(
        String id, String name, PlaceType type, String organization, List<String> partners, String summary,
        Address address, Geo geo, Contact contact, OpeningHours hours, List<String> services,
        List<Audience> audiences, List<String> languages, PlaceAccessibility accessibility, PlaceStatus status,
        String replacedBy, List<String> aliases, Image image, String bodyHtml, boolean draft, String language,
        Set<String> untranslated, Position at) {

    public Place {
        untranslated = Set.copyOf(untranslated);
        partners = List.copyOf(partners);
        services = List.copyOf(services);
        audiences = List.copyOf(audiences);
        languages = List.copyOf(languages);
        aliases = List.copyOf(aliases);
    }
}
