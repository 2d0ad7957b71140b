package se.kvarter.model;

import java.util.List;

/**
 * A hub or meeting place: what it is, where it is, when one can come, who can get in and who runs it,
 * each in a part of its own so that a reader finds a fact by what it is about.
 *
 * @param about         what it is and offers: type, summary, description, image, services, audiences, languages
 * @param location      its address and position
 * @param contact       how to reach it
 * @param accessibility what a visitor with a disability needs to know
 * @param availability  its opening hours, status and the place that took over
 * @param runBy         the organisation running it and its partners
 * @param facts         when the facts were last checked and what a visit requires
 * @param entry         its file, edition, draft flag and old addresses
 */
public record Place(
        String id, String name, PlaceAbout about, PlaceLocation location, Contact contact,
        PlaceAccessibility accessibility, PlaceAvailability availability, PlaceOperators runBy, PlaceFacts facts,
        PlaceEntry entry) {

    /** The folder of the places' pages, as aliases write it ({@code platser/<id>/}, no leading slash). */
    private static final String PLACES_FOLDER = "platser/";

    /**
     * The ids this place had before it was renamed, in the order of {@code aliases}: each alias
     * that is the address of a place's page ({@code platser/<old>/}), that is a plain id in the
     * places' folder. Other aliases (an old page elsewhere on the site) name no id.
     */
    public List<String> formerIds() {
        return entry.aliases().stream()
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
