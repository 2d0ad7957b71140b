package se.kvarter.hours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import se.kvarter.model.Audience;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.PlaceStatus;

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
    /** {@link #first} as an epoch day, which every look-up of a date by its index subtracts. */
    private final long firstDay;
    /** The dates of the horizon, from {@link #first}: the same for every place, made once by the engine. */
    private final LocalDate[] dates;
    /** The resolved days from {@link #first}. */
    private final Horizon horizon;
    /** The reason a place that is not open gives for every closed day. */
    private final String statusReason;
    /** What {@link #derived} values are kept by. */
    private final Makings makings;

    private Availability(HoursEngine engine, OpeningHours written, PlaceStatus status, String statusReason,
                         LocalDate today) {
        this.engine = engine;
        this.written = written;
        this.status = status;
        this.statusReason = statusReason;
        this.effective = status == PlaceStatus.OPEN ? written : written.closedThroughout(statusReason);
        this.today = today;
        this.first = today.minusDays(1);
        this.firstDay = first.toEpochDay();
        this.dates = engine.dates(first, HORIZON_DAYS + 2);
        // every output reads the whole horizon of every place (the OSM value, schema.org, HSDS,
        // the calendars), so it is resolved at once, and the availability stays immutable; the
        // language editions of a place mostly have the same hours, resolved once for all of them
        this.horizon = engine.horizon(effective, first, HORIZON_DAYS + 2);
        this.makings = new Makings(written, status, statusReason, today);
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
        long index = date.toEpochDay() - firstDay;
        if (index < 0 || index >= horizon.length()) {
            return engine.day(effective, date);
        }
        return horizon.day((int) index, date);
    }

    /**
     * What {@code date} says but its date, as a number that days saying the same share (so that
     * what an output makes of a day can be made once for all such days); -1 outside the horizon.
     */
    int kindOf(LocalDate date) {
        long index = date.toEpochDay() - firstDay;
        return index < 0 || index >= horizon.length() ? -1 : horizon.kind((int) index);
    }

    /**
     * Whether any day of the horizon (from the reference date) passes {@code test}, a test of what
     * the day says rather than of its date: each different day is asked once, not every date.
     */
    public boolean anyDay(Predicate<DaySchedule> test) {
        boolean[] asked = new boolean[horizon.kinds()];
        // index 0 is the day before the reference date, outside the horizon
        for (int i = 1; i < horizon.length(); i++) {
            int kind = horizon.kind(i);
            if (!asked[kind]) {
                asked[kind] = true;
                if (test.test(horizon.day(i, dates[i]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code count} consecutive resolved days from {@code from}. */
    public List<DaySchedule> days(LocalDate from, int count) {
        List<DaySchedule> list = new ArrayList<>(count);
        long start = from.toEpochDay() - firstDay;
        for (int i = 0; i < count; i++) {
            long index = start + i;
            // a date of the horizon by its index: every output reads a year of days of every place
            list.add(index >= 0 && index < dates.length ? horizon.day((int) index, dates[(int) index])
                    : day(from.plusDays(i)));
        }
        return list;
    }

    /** The resolved days from the reference date to {@link #knownUntil()}. */
    public List<DaySchedule> horizon() {
        return days(today, HORIZON_DAYS + 1);
    }

    /**
     * The value that {@code derive} makes of this availability, made on first request and kept:
     * several files carry the same derived value (places.json, the place's own file, GeoJSON), and
     * places with the same hours and status have the same availability, so the value is kept by
     * the engine for all of them. {@code key} names the value and whatever else it depends on (a
     * language); {@code derive} may read nothing but the availability.
     */
    public <T> T derived(Object key, Function<Availability, T> derive) {
        return engine.derived(new Derived(key, makings), () -> derive.apply(this));
    }

    /** What a derived value depends on: all that makes an availability, and what the value is. */
    private record Derived(Object key, Makings makings) {
    }

    /**
     * All that makes an availability, with its hash worked out once: every output asks for its
     * derived values by it, and the hash of the hours goes through every rule and exception.
     */
    private static final class Makings {
        private final OpeningHours written;
        private final PlaceStatus status;
        private final String statusReason;
        private final LocalDate today;
        private final int hash;

        Makings(OpeningHours written, PlaceStatus status, String statusReason, LocalDate today) {
            this.written = written;
            this.status = status;
            this.statusReason = statusReason;
            this.today = today;
            this.hash = Objects.hash(written, status, statusReason, today);
        }

        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof Makings that && hash == that.hash && written.equals(that.written)
                    && status == that.status && Objects.equals(statusReason, that.statusReason) && today.equals(that.today);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The engine that resolved the days, with its holidays. */
    HoursEngine engine() {
        return engine;
    }

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
