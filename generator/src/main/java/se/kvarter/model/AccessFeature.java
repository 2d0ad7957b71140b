package se.kvarter.model;

import java.util.Locale;

/**
 * The accessibility facts of a place that are a yes or a no, or not known yet ({@link Answer}).
 * Each is written in content and in open data under its {@link #key()}, and shown on the place's
 * page with the text {@code access.<key>}: a new such fact is a constant here, the field in both
 * schemas and its label in each language (README, "Adding a fact to places").
 */
public enum AccessFeature {

    /** An induction loop for hearing aids. */
    HEARING_LOOP;

    /** The field's name in content and open data: {@code HEARING_LOOP} is {@code hearingLoop}. */
    public String key() {
        StringBuilder key = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            key.append(key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return key.toString();
    }
}
