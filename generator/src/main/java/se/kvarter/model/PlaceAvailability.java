package se.kvarter.model;

/**
 * Whether and when a resident can come: the opening hours as written and whether the place is
 * open at all, closed for a while or closed for good (and then which place took over).
 *
 * @param hours      the opening hours, {@link OpeningHours#NONE} when none are written
 * @param status     open, temporarily closed or closed
 * @param replacedBy the id of the place that took over, or null
 */
public record PlaceAvailability(OpeningHours hours, PlaceStatus status, String replacedBy) {

    /** Whether the place is open for business (its status, whatever its hours say today). */
    public boolean isOpen() {
        return status == PlaceStatus.OPEN;
    }
}
