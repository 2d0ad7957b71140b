package se.kvarter.model;

/** Whether a place is open for business, closed for a while or closed for good. */
public enum PlaceStatus implements Coded {
    OPEN, TEMPORARILY_CLOSED, CLOSED
}
