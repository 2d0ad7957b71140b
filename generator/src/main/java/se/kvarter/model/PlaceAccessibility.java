package se.kvarter.model;

/**
 * What a visitor with a disability needs to know before coming.
 *
 * @param steps the number of steps to the entrance, or null when not known
 * @param notes free text, or null
 */
public record PlaceAccessibility(Entrance entrance, Integer steps, Toilet toilet, Answer hearingLoop, String notes) {

    public static final PlaceAccessibility UNKNOWN =
            new PlaceAccessibility(Entrance.UNKNOWN, null, Toilet.UNKNOWN, Answer.UNKNOWN, null);
}
