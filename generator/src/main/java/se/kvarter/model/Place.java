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
 * @param facts        when the facts were last checked and what a visit requires
 * @param source       where its facts are written in its file, for the notices of {@code check}
 */
public record Place(
        String id, String name, PlaceType type, String organization, List<String> partners, String summary,
        Address address, Geo geo, Contact contact, OpeningHours hours, List<String> services,
        List<Audience> audiences, List<String> languages, PlaceAccessibility accessibility, PlaceStatus status,
        String replacedBy, List<String> aliases, Image image, String bodyHtml, boolean draft, String language,
        Set<String> untranslated, PlaceFacts facts, PlaceSource source, Position at) {

    public Place {
        untranslated = Set.copyOf(untranslated);
        partners = List.copyOf(partners);
        services = List.copyOf(services);
        audiences = List.copyOf(audiences);
        languages = List.copyOf(languages);
        aliases = List.copyOf(aliases);
    }

    /** The folder of the places' pages, as aliases write it ({@code platser/<id>/}, no leading slash). */
    private static final String PLACES_FOLDER = "platser/";

    /**
     * The ids this place had before it was renamed, in the order of {@code aliases}: each alias
     * that is the address of a place's page ({@code platser/<old>/}), that is a plain id in the
     * places' folder. Other aliases (an old page elsewhere on the site) name no id.
     */
    public List<String> formerIds() {
        return aliases.stream()
                .filter(alias -> alias.startsWith(PLACES_FOLDER) && alias.endsWith("/"))
                .map(alias -> alias.substring(PLACES_FOLDER.length(), alias.length() - 1))
                .filter(old -> !old.isEmpty() && !old.contains("/") && !old.contains("."))
                .toList();
    }

    /**
     * The id a third party first knew this place by, which identifiers meant to last (calendar
     * UIDs, HSDS ids) keep through renames: the first of {@link #formerIds()} when there is one,
     * else the current id. The rule is the order of {@code aliases}: a place renamed again adds
     * its newer old address after the first, so the first entry stays the id it was first known by.
     */
    public String firstId() {
        List<String> former = formerIds();
        return former.isEmpty() ? id : former.get(0);
    }
}
