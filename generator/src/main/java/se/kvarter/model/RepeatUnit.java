package se.kvarter.model;

/** The unit of an event's repetition. */
public enum RepeatUnit implements Coded {
    DAYS, WEEKS, MONTHS
}
