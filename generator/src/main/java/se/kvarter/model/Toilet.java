package se.kvarter.model;

/** Whether there is a toilet and whether it is accessible. */
public enum Toilet implements Coded {
    ACCESSIBLE, NOT_ACCESSIBLE, NONE, UNKNOWN
}
