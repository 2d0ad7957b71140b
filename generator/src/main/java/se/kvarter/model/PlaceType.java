package se.kvarter.model;

/** What a place is: a job hub, a meeting place, a drop-in, an office. */
public enum PlaceType implements Coded {
    HUB, MEETING_PLACE, DROP_IN, OFFICE, OTHER
}
