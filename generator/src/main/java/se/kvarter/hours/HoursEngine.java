package se.kvarter.hours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.SiteSettings;
import se.kvarter.model.TimeRange;

/**
 * Works out when a place is open from its {@link OpeningHours}: the openings of a date, whether
 * it is open at an instant, and when it next opens or closes. Exceptions beat holidays, holidays
 * beat the weekly rules, and seasonal rules replace the others on the weekdays they name.
 * Pure: the caller supplies every date and instant.
 */
public final class HoursEngine {

    /** How many days past the given instant {@link #nextOpening} and {@link #nextClosing} look. */
    public static final int SEARCH_DAYS = 366;

    private final HolidayCalendar holidays;
    /**
     * What is made once per build and kept: the horizons resolved so far (every language edition
     * resolves its places' year of days, and most places have the same hours in each, so each set
     * of hours is resolved once; the days are a pure function of the hours), and the values derived
     * from availabilities ({@link Availability#derived}), for all places alike.
     */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();
    /** Sweden's public holidays, as OpenStreetMap's {@code PH} means them, whatever the site's calendar. */
    private final SwedishHolidays sweden = new SwedishHolidays();

    public HoursEngine(HolidayCalendar holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** The engine of a site's holiday setting. */
    public static HoursEngine of(SiteSettings settings) {
        return new HoursEngine(HolidayCalendar.of(settings.holidays()));
    }

    /**
     * The value {@code make} gives for {@code key}, made on first request and kept for the build
     * (a null is kept too). Made outside the map's lock; two threads may both make it, and either
     * is right.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(Object key, Supplier<T> make) {
        Object value = derived.get(key);
        if (value == null) {
            Object made = make.get();
            Object raced = derived.putIfAbsent(key, made == null ? NONE : made);
            value = raced == null ? (made == null ? NONE : made) : raced;
        }
        return value == NONE ? null : (T) value;
    }

    /** Stands for a derived null, which a concurrent map cannot hold. */
    private static final Object NONE = new Object();

    /** Sweden's public holidays without the eves: what an OpenStreetMap evaluator takes as {@code PH} in Sweden. */
    Predicate<LocalDate> swedishPublicHolidays() {
        return date -> sweden.holiday(date).filter(holiday -> !holiday.eve()).isPresent();
    }

    private record HorizonKey(OpeningHours hours, LocalDate first, int count) {
    }

    /** The {@code count} consecutive dates from {@code first}, made once for every place's horizon. */
    LocalDate[] dates(LocalDate first, int count) {
        return derived(new DatesKey(first, count), () -> {
            LocalDate[] dates = new LocalDate[count];
            for (int i = 0; i < count; i++) {
                dates[i] = first.plusDays(i);
            }
            return dates;
        });
    }

    /** The key of {@link #dates} in the derived values. */
    private record DatesKey(LocalDate first, int count) {
    }

    /** The resolved days of {@code hours}, {@code count} of them from {@code first}. */
    Horizon horizon(OpeningHours hours, LocalDate first, int count) {
        return derived(new HorizonKey(hours, first, count), () -> Horizon.resolve(this, hours, first, count));
    }

    /**
     * The openings of {@code date} in start-time order. A range that crosses midnight belongs to
     * the date it starts on. An exception covering the date decides it (its openings are for
     * everyone, without a note); else a place without weekly rules has an unknown day; else, with
     * {@code holidays: closed}, a holiday closes the date and is named even when the rules would
     * have kept it closed (outputs.md gives the reason of such a day), and with {@code holidays:
     * unknown} it leaves the date unknown; else the weekly rules apply.
     */
    public DaySchedule day(OpeningHours hours, LocalDate date) {
        for (HoursException exception : hours.exceptions()) {
            if (exception.covers(date)) {
                return new DaySchedule(date, openings(exception), exception, null, false);
            }
        }
        // a place without weekly hours has no usual days: outside its exceptions nobody knows
        if (hours.rules().isEmpty()) {
            return new DaySchedule(date, List.of(), null, null, false, true);
        }
        List<Opening> weekly = WeeklyRules.openings(hours.rules(), date);
        if (hours.holidays() != HolidayPolicy.OPEN) {
            Optional<Holiday> holiday = holidays.holiday(date);
            if (holiday.isPresent()) {
                boolean undecided = hours.holidays() == HolidayPolicy.UNKNOWN;
                return new DaySchedule(date, List.of(), null, holiday.get(), !undecided && !weekly.isEmpty(), undecided);
            }
        }
        return new DaySchedule(date, weekly, null, null, false);
    }

    /** {@code days} consecutive days from {@code from}, one entry a day. */
    public List<DaySchedule> schedule(OpeningHours hours, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return IntStream.range(0, days).mapToObj(i -> day(hours, from.plusDays(i))).toList();
    }

    /**
     * The stretches of real time in which the place is open for everyone during {@code days}
     * days from {@code from} in {@code zone}, joined where they touch, in time order.
     * The day before {@code from} is included, since it may still be open past midnight.
     * Browsers use these to say "open now" between nightly builds.
     */
    public List<OpenPeriod> openPeriods(OpeningHours hours, LocalDate from, int days, ZoneId zone) {
        List<Interval> intervals = new ArrayList<>();
        for (LocalDate date = from.minusDays(1); date.isBefore(from.plusDays(days)); date = date.plusDays(1)) {
            intervals.addAll(Interval.of(day(hours, date), zone));
        }
        return Interval.merge(intervals).stream()
                .map(i -> new OpenPeriod(i.start().toInstant(), i.end().toInstant()))
                .toList();
    }

    /**
     * Whether the place is open for everyone at {@code at}, in the time zone of {@code at}: an
     * opening of that local date, or one of the previous date that crosses midnight, contains it.
     * Openings for an audience do not count.
     */
    public boolean isOpen(OpeningHours hours, ZonedDateTime at) {
        LocalDate date = at.toLocalDate();
        for (LocalDate day : List.of(date.minusDays(1), date)) {
            for (Interval interval : Interval.of(day(hours, day), at.getZone())) {
                if (interval.contains(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first instant strictly after {@code after} at which the place, closed just before,
     * opens for everyone; empty when that is not within {@value #SEARCH_DAYS} days. Openings that
     * touch or overlap count as one, so 12:00 in 09:00-12:00 and 12:00-15:00 is no opening.
     */
    public Optional<ZonedDateTime> nextOpening(OpeningHours hours, ZonedDateTime after) {
        return next(hours, after, true);
    }

    /**
     * The first instant strictly after {@code after} at which the place, open for everyone just
     * before, closes; empty when that is not within {@value #SEARCH_DAYS} days (a place open day
     * and night never closes). Openings that touch or overlap count as one.
     */
    public Optional<ZonedDateTime> nextClosing(OpeningHours hours, ZonedDateTime after) {
        return next(hours, after, false);
    }

    private Optional<ZonedDateTime> next(OpeningHours hours, ZonedDateTime after, boolean opening) {
        ZoneId zone = after.getZone();
        LocalDate today = after.toLocalDate();
        List<Interval> seen = new ArrayList<>();
        // the previous day may still be open past midnight
        for (LocalDate date = today.minusDays(1); !date.isAfter(today.plusDays(SEARCH_DAYS)); date = date.plusDays(1)) {
            seen.addAll(Interval.of(day(hours, date), zone));
            // no later date has an opening that starts before this instant
            ZonedDateTime later = date.plusDays(1).atStartOfDay(zone);
            for (Interval merged : Interval.merge(seen)) {
                ZonedDateTime edge = opening ? merged.start() : merged.end();
                if (edge.isAfter(after)) {
                    // a later date could still open earlier than this edge, or continue the interval past it
                    boolean settled = opening ? !edge.isAfter(later) : edge.isBefore(later);
                    if (settled) {
                        return Optional.of(edge);
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Opening> openings(HoursException exception) {
        if (exception.closed()) {
            return List.of();
        }
        List<Opening> openings = new ArrayList<>();
        for (TimeRange time : exception.times()) {
            openings.add(new Opening(time, null, null));
        }
        openings.sort(WeeklyRules.ORDER);
        return openings;
    }
}
