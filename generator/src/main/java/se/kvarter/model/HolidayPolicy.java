package se.kvarter.model;

/** Whether a place keeps its normal hours on public holidays. */
public enum HolidayPolicy implements Coded {
    CLOSED, OPEN
}
