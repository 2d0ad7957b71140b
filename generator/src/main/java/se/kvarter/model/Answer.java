package se.kvarter.model;

/** A yes/no fact that may be unknown, such as a hearing loop. */
public enum Answer implements Coded {
    YES, NO, UNKNOWN
}
