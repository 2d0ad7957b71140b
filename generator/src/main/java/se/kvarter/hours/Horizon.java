package se.kvarter.hours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.kvarter.model.HoursException;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.TimeRange;

/**
 * The resolved days of a run of dates for one set of hours, as an index per date into the few
 * dozen different days a year has (a week's days, the holidays, the exceptions), instead of one
 * object per day for every place and edition kept until the build ends, which raised a large
 * build's memory peak and slowed its collections (bench/RESULTS.md). Immutable;
 * {@link HoursEngine#horizon} makes one per set of hours, shared by the language editions whose
 * hours are the same.
 */
final class Horizon {

    private final short[] days;
    private final Shape[] shapes;

    private Horizon(short[] days, Shape[] shapes) {
        this.days = days;
        this.shapes = shapes;
    }

    /** The days of {@code hours} from {@code first}, {@code count} of them. */
    static Horizon resolve(HoursEngine engine, OpeningHours hours, LocalDate first, int count) {
        short[] days = new short[count];
        List<Shape> distinct = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DaySchedule day = engine.day(hours, first.plusDays(i));
            // most days look like the same weekday a week before; else one of a few dozen shapes
            int at = i >= WEEK && distinct.get(days[i - WEEK]).matches(day) ? days[i - WEEK] : find(distinct, day);
            if (at < 0) {
                at = distinct.size();
                distinct.add(new Shape(day));
            }
            days[i] = (short) at;
        }
        return new Horizon(days, distinct.toArray(Shape[]::new));
    }

    /** How many dates it covers. */
    int length() {
        return days.length;
    }

    /** How many different days it has. */
    int kinds() {
        return shapes.length;
    }

    /** Which of the different days the {@code index}th date is. */
    int kind(int index) {
        return days[index];
    }

    /** The {@code index}th day, which is {@code date}. */
    DaySchedule day(int index, LocalDate date) {
        return shapes[days[index]].on(date);
    }

    private static final int WEEK = 7;

    private static int find(List<Shape> shapes, DaySchedule day) {
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i).matches(day)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a resolved day says but its date; the horizon's days with the same answer share one.
     * Compared by identity where the engine hands out the same objects (the place's exceptions,
     * a rule's times), so that telling shapes apart costs little: equal shapes that are not
     * recognised as such only take a little more room.
     */
    private static final class Shape {
        private final List<Opening> openings;
        private final HoursException exception;
        private final Holiday holiday;
        private final boolean closedByHoliday;
        private final boolean unknown;

        Shape(DaySchedule day) {
            this.openings = day.openings();
            this.exception = day.exception();
            this.holiday = day.holiday();
            this.closedByHoliday = day.closedByHoliday();
            this.unknown = day.isUnknown();
        }

        boolean matches(DaySchedule day) {
            return day.exception() == exception && day.holiday() == holiday && day.closedByHoliday() == closedByHoliday
                    && day.isUnknown() == unknown && sameOpenings(day.openings());
        }

        private boolean sameOpenings(List<Opening> other) {
            if (other.size() != openings.size()) {
                return false;
            }
            for (int i = 0; i < other.size(); i++) {
                Opening mine = openings.get(i);
                Opening theirs = other.get(i);
                if (mine != theirs && !(sameTime(mine.time(), theirs.time()) && mine.audience() == theirs.audience()
                        && Objects.equals(mine.note(), theirs.note()))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameTime(TimeRange mine, TimeRange theirs) {
            return mine == theirs || mine.start() == theirs.start() && mine.end() == theirs.end();
        }

        DaySchedule on(LocalDate date) {
            return new DaySchedule(date, openings, exception, holiday, closedByHoliday, unknown);
        }
    }
}
