package se.kvarter.model;

/**
 * An opening on one day, in minutes after midnight: {@code start} in 0..1439, {@code end} in
 * 1..1440 (1440 is {@code 24:00}). An end at or before the start means the range crosses
 * midnight and ends the next day ({@code 22:00-02:00}).
 */
public record TimeRange(int start, int end) {

    public static final int MINUTES_PER_DAY = 24 * 60;

    public TimeRange {
        if (start < 0 || start >= MINUTES_PER_DAY || end < 0 || end > MINUTES_PER_DAY || start == end) {
            throw new IllegalArgumentException("not a time range: " + start + "-" + end);
        }
    }

    // equals and hashCode written out, as a record's are (the same values): the generated ones go
    // through method handles, slow under the build's compiler (C1), and every opening of every
    // day compares its time range
    @Override
    public boolean equals(Object other) {
        return other instanceof TimeRange that && start == that.start && end == that.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    public boolean crossesMidnight() {
        return end <= start;
    }

    /** The minutes the range lasts, crossing midnight included. */
    public int minutes() {
        return crossesMidnight() ? MINUTES_PER_DAY - start + end : end - start;
    }

    /** {@code 13:00} */
    public String opens() {
        return format(start);
    }

    /** {@code 17:00}, or {@code 24:00} for midnight at the end of the day. */
    public String closes() {
        return format(end);
    }

    @Override
    public String toString() {
        return opens() + "-" + closes();
    }

    /**
     * {@code minutes} after midnight as {@code HH:MM}. Written digit by digit: every page, hours
     * file and calendar formats many times, and {@link String#format} parses its pattern each time.
     */
    public static String format(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        return new String(new char[] {digit(hours / 10), digit(hours % 10), ':', digit(rest / 10), digit(rest % 10)});
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }
}
