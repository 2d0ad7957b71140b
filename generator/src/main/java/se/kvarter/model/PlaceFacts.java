package se.kvarter.model;

import java.time.LocalDate;

/**
 * The facts residents ask for before they come, kept apart from {@link Place}'s many components:
 * when someone last confirmed the place's facts, and what a visit requires.
 *
 * @param lastChecked  the day someone last confirmed the facts, or null when nobody said
 * @param requirements what a visitor needs to know before coming; {@link Requirements#NONE} when unsaid
 */
public record PlaceFacts(LocalDate lastChecked, Requirements requirements) {

    public static final PlaceFacts NONE = new PlaceFacts(null, Requirements.NONE);

    /**
     * What a visit requires; each part null when the place does not say.
     *
     * @param appointment whether to book a time first
     * @param cost        {@link #FREE} or a text such as "20 kr för lunch"
     * @param bring       what to bring, in words
     */
    public record Requirements(Appointment appointment, String cost, String bring) {

        /** The code of {@code cost} for a visit that costs nothing. */
        public static final String FREE = "free";

        public static final Requirements NONE = new Requirements(null, null, null);

        public boolean isEmpty() {
            return appointment == null && cost == null && bring == null;
        }

        public boolean isFree() {
            return FREE.equals(cost);
        }
    }
}
