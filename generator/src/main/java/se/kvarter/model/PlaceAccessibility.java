package se.kvarter.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a visitor with a disability needs to know before coming.
 *
 * @param steps    the number of steps to the entrance, or null when not known
 * @param features the yes/no facts, each {@link Answer#UNKNOWN} unless the place says
 * @param notes    free text, or null
 */
public record PlaceAccessibility(Entrance entrance, Integer steps, Toilet toilet, Map<AccessFeature, Answer> features,
                                 String notes) {

    public static final PlaceAccessibility UNKNOWN =
            new PlaceAccessibility(Entrance.UNKNOWN, null, Toilet.UNKNOWN, Map.of(), null);

    public PlaceAccessibility {
        EnumMap<AccessFeature, Answer> every = new EnumMap<>(AccessFeature.class);
        for (AccessFeature feature : AccessFeature.values()) {
            every.put(feature, features.getOrDefault(feature, Answer.UNKNOWN));
        }
        // in the order of the constants, for pages and open data that list them
        features = Collections.unmodifiableMap(every);
    }

    /** What the place says of {@code feature}. */
    public Answer answer(AccessFeature feature) {
        return features.get(feature);
    }
}
