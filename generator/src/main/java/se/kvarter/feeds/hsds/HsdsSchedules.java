package se.kvarter.feeds.hsds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.Json;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Opening;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.Place;
import se.kvarter.model.TimeRange;

/**
 * A place's availability as HSDS 3.0 schedules: {@code WEEKLY} recurrences on {@code byday},
 * {@code opens_at}/{@code closes_at} as {@code HH:MM} local time, each valid
 * ({@code valid_from}/{@code valid_to}) only on dates its weekdays really have that opening.
 *
 * <p>HSDS has no closures, no exceptions and no unknown days: a schedule says "open at these
 * times on these weekdays between these dates". So the schedules are read off the place's
 * {@link Availability} from the reference date to {@link Availability#knownUntil()}: for each
 * weekday and opening (time, audience, note, the exception's reason) the maximal runs of
 * consecutive weeks that have it; the weekdays whose runs have the same opening and weeks become
 * one schedule. A closed or unknown day, a holiday or a summer's other hours break a run, so
 * no schedule claims a day the place is not open at those times; a dated change (shorter hours
 * one day) is a schedule valid for its dates only. After the horizon nothing is claimed: the
 * nightly build moves the schedules on. A place that is not open has none.
 *
 * <p>A closing time at or before the opening time ends the next day, as in the content
 * ({@code 24:00} is written {@code 00:00}); an opening belongs to the date it starts on.
 */
final class HsdsSchedules {

    /** One opening as a schedule states it; {@code reason} is the dated exception's, which schedules carry as notes. */
    private record Slot(TimeRange time, Audience audience, String note, String reason) {
        // written out: the generated methods go through method handles, slow under the build's
        // compiler (C1); the same fields as SLOT_ORDER compares
        @Override
        public boolean equals(Object other) {
            return other instanceof Slot that && time.start() == that.time.start() && time.end() == that.time.end()
                    && audience == that.audience && Objects.equals(note, that.note) && Objects.equals(reason, that.reason);
        }

        @Override
        public int hashCode() {
            return ((time.start() * 31 + time.end()) * 31 + Objects.hashCode(audience)) * 31
                    + Objects.hashCode(note) * 7 + Objects.hashCode(reason);
        }
    }

    /** Runs that share an opening and the weeks (Monday to Sunday) they span, which one schedule can state. */
    private record Group(Slot slot, LocalDate firstWeek, LocalDate lastWeek) {
    }

    private static final Comparator<Slot> SLOT_ORDER = Comparator
            .comparingInt((Slot s) -> s.time().start())
            .thenComparingInt(s -> s.time().end())
            .thenComparing(Slot::audience, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Slot::note, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Slot::reason, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final HsdsIds ids;
    private final HsdsText text;
    private final String zone;
    private final Availabilities availabilities;

    HsdsSchedules(HsdsIds ids, HsdsText text, Availabilities availabilities, String zone) {
        this.ids = ids;
        this.text = text;
        this.availabilities = availabilities;
        this.zone = zone;
    }

    /**
     * The schedules of {@code place} for the location {@code locationId}, in date order.
     *
     * @param key the place's first id ({@link HsdsIds#firstId}), which names the schedules
     */
    List<Obj> of(Place place, String key, String locationId, String link) {
        Availability availability = availabilities.of(place);
        if (!availability.isOpenPlace()) {
            return List.of();
        }
        LocalDate start = availability.today();
        LocalDate end = availability.knownUntil();
        // the same for every place with these hours and status: worked out once for all of them
        Grouped grouped = availability.derived(Grouped.class, HsdsSchedules::grouped);
        boolean sayHolidays = availability.hours().holidays() == HolidayPolicy.CLOSED && grouped.holidayClosed();
        List<Obj> schedules = new ArrayList<>();
        Set<String> used = new HashSet<>();
        grouped.groups().forEach((group, weekdays) -> {
            Slot slot = group.slot();
            String byday = byday(weekdays.days);
            boolean recurring = !weekdays.last.isBefore(weekdays.first.plusWeeks(1));
            schedules.add(Json.obj()
                    .with("id", ids.of("schedule", uniqueKey(key, slot, byday, weekdays, start, end, used)))
                    .with("location_id", locationId)
                    .with("valid_from", weekdays.first.toString())
                    .with("valid_to", weekdays.last.toString())
                    .with("wkst", "MO")
                    .with("freq", "WEEKLY")
                    .with("byday", byday)
                    .with("description", description(slot.audience(), recurring && sayHolidays))
                    .with("opens_at", slot.time().opens())
                    .with("closes_at", closes(slot.time()))
                    .with("schedule_link", link)
                    .with("notes", notes(slot)));
        });
        return schedules;
    }

    /**
     * The schedules' openings and weeks, by group, and whether a holiday of the horizon is closed.
     * Read only once made: several places (and threads) share one.
     */
    private record Grouped(Map<Group, Weekdays> groups, boolean holidayClosed) {
    }

    private static Grouped grouped(Availability availability) {
        List<DaySchedule> horizon = availability.horizon();
        Map<Group, Weekdays> groups = new TreeMap<>(Comparator.comparing(Group::firstWeek)
                .thenComparing(Group::slot, SLOT_ORDER).thenComparing(Group::lastWeek));
        for (Map.Entry<DayOfWeek, Map<Slot, List<LocalDate>>> weekday : openings(horizon).entrySet()) {
            for (Map.Entry<Slot, List<LocalDate>> slot : weekday.getValue().entrySet()) {
                for (List<LocalDate> run : runs(slot.getValue())) {
                    LocalDate first = run.get(0);
                    LocalDate last = run.get(run.size() - 1);
                    groups.computeIfAbsent(new Group(slot.getKey(), first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                            last.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))), g -> new Weekdays())
                            .add(weekday.getKey(), first, last);
                }
            }
        }
        return new Grouped(Collections.unmodifiableMap(groups),
                horizon.stream().anyMatch(day -> day.holiday() != null && day.isClosed()));
    }

    /**
     * The weekdays of one schedule and the first and last date they have the opening. The
     * validity is these dates rather than the whole weeks: each weekday's run fills the weeks
     * from its first to its last date, so no date of one of the weekdays between them is lost.
     */
    private static final class Weekdays {
        private final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        private LocalDate first;
        private LocalDate last;

        void add(DayOfWeek day, LocalDate runFirst, LocalDate runLast) {
            days.add(day);
            first = first == null || runFirst.isBefore(first) ? runFirst : first;
            last = last == null || runLast.isAfter(last) ? runLast : last;
        }
    }

    /**
     * The dates of each weekday's openings, by weekday and opening, in date order. The days of a
     * horizon that say the same share their openings and exception (a year has a few dozen such
     * days), so each such day's slots are made once, and found by a hash while the dates are read.
     */
    private static Map<DayOfWeek, Map<Slot, List<LocalDate>>> openings(List<DaySchedule> days) {
        Map<List<Opening>, Map<HoursException, List<Slot>>> slotsOf = new IdentityHashMap<>();
        Map<DayOfWeek, Map<Slot, List<LocalDate>>> found = new EnumMap<>(DayOfWeek.class);
        for (DaySchedule day : days) {
            if (day.openings().isEmpty()) {
                continue;
            }
            List<Slot> slots = slotsOf.computeIfAbsent(day.openings(), o -> new IdentityHashMap<>())
                    .computeIfAbsent(day.exception(), exception -> slots(day));
            Map<Slot, List<LocalDate>> byWeekday = found.computeIfAbsent(day.date().getDayOfWeek(), d -> new HashMap<>());
            for (Slot slot : slots) {
                byWeekday.computeIfAbsent(slot, s -> new ArrayList<>()).add(day.date());
            }
        }
        Map<DayOfWeek, Map<Slot, List<LocalDate>>> byWeekday = new TreeMap<>();
        found.forEach((weekday, bySlot) -> {
            Map<Slot, List<LocalDate>> sorted = new TreeMap<>(SLOT_ORDER);
            sorted.putAll(bySlot);
            byWeekday.put(weekday, sorted);
        });
        return byWeekday;
    }

    /** The slots of {@code day}'s openings. */
    private static List<Slot> slots(DaySchedule day) {
        String reason = day.exception() == null ? null : day.exception().reason();
        List<Slot> slots = new ArrayList<>();
        for (Opening opening : day.openings()) {
            Audience audience = opening.audience() == Audience.EVERYONE ? null : opening.audience();
            slots.add(new Slot(opening.time(), audience, opening.note(), reason));
        }
        return slots;
    }

    /** {@code dates} (one weekday's, ascending) cut where a week is missing. */
    private static List<List<LocalDate>> runs(List<LocalDate> dates) {
        List<List<LocalDate>> runs = new ArrayList<>();
        List<LocalDate> run = null;
        for (LocalDate date : dates) {
            if (run == null || !run.get(run.size() - 1).plusWeeks(1).equals(date)) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(date);
        }
        return runs;
    }

    /**
     * What names a schedule from build to build: the place's first id, the opening and weekdays,
     * and its dates; an end that the horizon cut (a run from before the reference date, or on past
     * the horizon) is written {@code open}, so that the nightly build keeps the id of a schedule
     * that goes on.
     */
    private static String uniqueKey(String place, Slot slot, String byday, Weekdays dates, LocalDate start,
                                    LocalDate end, Set<String> used) {
        String key = place + "/" + byday + "/" + slot.time() + "/"
                + (slot.audience() == null ? "everyone" : slot.audience().code())
                + "/" + (dates.first.minusWeeks(1).isBefore(start) ? "open" : dates.first)
                + "/" + (dates.last.plusWeeks(1).isAfter(end) ? "open" : dates.last)
                + (slot.note() == null ? "" : "/note:" + slot.note())
                + (slot.reason() == null ? "" : "/reason:" + slot.reason());
        String unique = key;
        for (int n = 2; !used.add(unique); n++) {
            unique = key + "#" + n;
        }
        return unique;
    }

    /** {@code MO,TH}: RFC 5545 weekday codes, Monday first, each once. */
    static String byday(Collection<DayOfWeek> days) {
        return String.join(",", new TreeSet<>(days).stream()
                .map(d -> d.name().substring(0, 2).toUpperCase(Locale.ROOT))
                .toList());
    }

    /** {@code 17:00}; the end of the day, {@code 24:00}, is {@code 00:00} (HSDS times are times of day). */
    static String closes(TimeRange time) {
        return time.end() == TimeRange.MINUTES_PER_DAY ? "00:00" : time.closes();
    }

    /**
     * Who the hours are for (an audience's hours start with {@link HsdsText#audience}, which
     * consumers can tell them by), that holidays close the place where they did within the
     * horizon, and the time zone.
     */
    private String description(Audience audience, boolean holidaysClosed) {
        List<String> parts = new ArrayList<>();
        if (audience != null) {
            parts.add(text.audience(audience));
        }
        if (holidaysClosed) {
            parts.add(text.holidaysClosed());
        }
        parts.add(text.localTime(zone));
        return HsdsText.sentences(parts);
    }

    private static String notes(Slot slot) {
        List<String> parts = new ArrayList<>();
        if (slot.reason() != null) {
            parts.add(slot.reason());
        }
        if (slot.note() != null) {
            parts.add(slot.note());
        }
        return parts.isEmpty() ? null : HsdsText.sentences(parts);
    }
}
