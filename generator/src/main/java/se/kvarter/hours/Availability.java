package se.kvarter.hours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import se.kvarter.model.Audience;
import se.kvarter.model.HoursException;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.TimeRange;

/**
 * The one truth about a place's availability, made once per build (per language edition, for the
 * reasons' words) and read by every output: its status, and for every date of the horizon the
 * resolved day (open with intervals and audiences, closed with its reason, or unknown). No output
 * works out availability on its own: cards, pages, lists, the script's data, the poster, the JSON,
 * GeoJSON, the OpenStreetMap value, HSDS, schema.org and the calendars all read this.
 *
 * <p>A place that is not open is closed on every date, for the reason its status gives. The
 * horizon starts the day before the reference date (whose openings may run past midnight) and
 * ends {@value #HORIZON_DAYS} days after it: as far as outputs promise the future (the OSM value's
 * dated changes of the coming year, the calendars' series). Dates outside it are resolved on
 * demand by the same rules.
 */
public final class Availability {

    /** How many days from the reference date the horizon covers. */
    public static final int HORIZON_DAYS = 366;

    private final HoursEngine engine;
    private final OpeningHours written;
    private final OpeningHours effective;
    private final PlaceStatus status;
    private final LocalDate today;
    private final LocalDate first;
    /**
     * The resolved days of the horizon, as an index into {@link #shapes} per date from
     * {@link #first}: a year of days has a few dozen different shapes (a week's days, the
     * holidays, the exceptions), and keeping one object per day for every place and edition until
     * the build ends made the large benchmark peak 100 MB higher and its collections slower.
     */
    private final short[] days;
    private final Shape[] shapes;
    /** What outputs derive from this availability (the OSM value), made once however many files carry it. */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private Availability(HoursEngine engine, OpeningHours written, PlaceStatus status, String statusReason,
                         LocalDate today) {
        this.engine = engine;
        this.written = written;
        this.status = status;
        this.effective = status == PlaceStatus.OPEN ? written : written.closedThroughout(statusReason);
        this.today = today;
        this.first = today.minusDays(1);
        // every output reads the whole horizon of every place (the OSM value, schema.org, HSDS,
        // the calendars), so it is resolved at once, and the availability stays immutable
        this.days = new short[HORIZON_DAYS + 2];
        List<Shape> distinct = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            DaySchedule day = engine.day(effective, first.plusDays(i));
            // most days look like the same weekday a week before; else one of a few dozen shapes
            int at = i >= WEEK && distinct.get(days[i - WEEK]).matches(day) ? days[i - WEEK] : find(distinct, day);
            if (at < 0) {
                at = distinct.size();
                distinct.add(new Shape(day));
            }
            days[i] = (short) at;
        }
        this.shapes = distinct.toArray(Shape[]::new);
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

    /**
     * The availability of a place with these hours and status, from {@code today}.
     *
     * @param statusReason the reason a place that is not open gives for every closed day, in the
     *                     language of the output ("Tillfälligt stängt"); may be null for a place
     *                     closed for good whose notice says it
     */
    public static Availability of(HoursEngine engine, OpeningHours hours, PlaceStatus status, String statusReason,
                                  LocalDate today) {
        return new Availability(engine, hours, status, statusReason, today);
    }

    public PlaceStatus status() {
        return status;
    }

    /** The hours as written, whatever the status (for when a closed place opens again). */
    public OpeningHours hours() {
        return written;
    }

    /** Whether the place publishes any hours at all (weekly rules or dated exceptions). */
    public boolean hasHours() {
        return !written.isEmpty();
    }

    /** Whether the place publishes weekly hours, so that a day outside its exceptions is known. */
    public boolean hasWeeklyHours() {
        return !written.rules().isEmpty();
    }

    public boolean isOpenPlace() {
        return status == PlaceStatus.OPEN;
    }

    /** The reference date. */
    public LocalDate today() {
        return today;
    }

    /** The last date of the horizon: as far as the outputs state what will happen. */
    public LocalDate knownUntil() {
        return today.plusDays(HORIZON_DAYS);
    }

    /** The resolved day of {@code date}. */
    public DaySchedule day(LocalDate date) {
        long index = date.toEpochDay() - first.toEpochDay();
        if (index < 0 || index >= days.length) {
            return engine.day(effective, date);
        }
        return shapes[days[(int) index]].on(date);
    }

    /**
     * What {@code date} says but its date, as a number that days saying the same share (so that
     * what an output makes of a day can be made once for all such days); -1 outside the horizon.
     */
    int kindOf(LocalDate date) {
        long index = date.toEpochDay() - first.toEpochDay();
        return index < 0 || index >= days.length ? -1 : days[(int) index];
    }

    /**
     * Whether any day of the horizon (from the reference date) passes {@code test}, a test of what
     * the day says rather than of its date: each different day is asked once, not every date.
     */
    public boolean anyDay(Predicate<DaySchedule> test) {
        boolean[] asked = new boolean[shapes.length];
        // index 0 is the day before the reference date, outside the horizon
        for (int i = 1; i < days.length; i++) {
            int kind = days[i];
            if (!asked[kind]) {
                asked[kind] = true;
                if (test.test(shapes[kind].on(first.plusDays(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code count} consecutive resolved days from {@code from}. */
    public List<DaySchedule> days(LocalDate from, int count) {
        List<DaySchedule> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(day(from.plusDays(i)));
        }
        return list;
    }

    /** The resolved days from the reference date to {@link #knownUntil()}. */
    public List<DaySchedule> horizon() {
        return days(today, HORIZON_DAYS + 1);
    }

    /**
     * The value that {@code derive} makes of this availability, made on first request and kept:
     * several files carry the same derived value (places.json, the place's own file, GeoJSON).
     * {@code key} names the value and whatever else it depends on (a language).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<Availability, T> derive) {
        Object value = derived.get(key);
        if (value == null) {
            value = derive.apply(this);
            derived.putIfAbsent(key, value == null ? NONE : value);
        }
        return value == NONE ? null : (T) value;
    }

    /** Stands for a derived null, which a concurrent map cannot hold. */
    private static final Object NONE = new Object();

    /** The reference date's day. */
    public DaySchedule todays() {
        return day(today);
    }

    /**
     * The stretches of real time during {@code count} days from the reference date in which the
     * place is open, per audience ({@code null} for everyone), each audience's joined where they
     * touch, in time order. The day before is included, since it may still be open past midnight.
     */
    public List<OpenPeriod> openPeriods(int count, ZoneId zone) {
        Map<Audience, List<Interval>> byAudience = new LinkedHashMap<>();
        for (int i = -1; i < count; i++) {
            DaySchedule day = day(today.plusDays(i));
            for (Opening opening : day.openings()) {
                Audience audience = Interval.forEveryone(opening.audience()) ? null : opening.audience();
                Interval.of(day.date(), opening, zone).ifPresent(interval ->
                        byAudience.computeIfAbsent(audience, a -> new ArrayList<>()).add(interval));
            }
        }
        List<OpenPeriod> periods = new ArrayList<>();
        byAudience.forEach((audience, intervals) -> Interval.merge(intervals).forEach(interval ->
                periods.add(new OpenPeriod(interval.start().toInstant(), interval.end().toInstant(), audience))));
        periods.sort(java.util.Comparator.comparing(OpenPeriod::start)
                .thenComparing(OpenPeriod::audience, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return periods;
    }
}
