package se.kvarter.model;

/**
 * What a place does on public holidays and the closed eves: closed, its usual hours, or not
 * decided yet ({@code unknown}: those days are published as unknown, never as open or closed).
 */
public enum HolidayPolicy implements Coded {
    CLOSED, OPEN, UNKNOWN
}
