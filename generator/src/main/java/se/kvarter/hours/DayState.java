package se.kvarter.hours;

import se.kvarter.model.Coded;

/**
 * What a place is on one date, as every channel must say it: open (at the day's openings),
 * closed, or unknown (nobody has published hours for the day, or its holiday is undecided).
 */
public enum DayState implements Coded {
    OPEN, CLOSED, UNKNOWN
}
