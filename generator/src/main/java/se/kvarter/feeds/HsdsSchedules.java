package se.kvarter.feeds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.hours.Availabilities;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursRule;
import se.kvarter.model.Place;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * A place's weekly hours as HSDS 3.0 schedules: one schedule per rule and time range, a
 * {@code WEEKLY} recurrence on {@code byday}, {@code opens_at}/{@code closes_at} as {@code HH:MM}
 * local time, and a season as {@code valid_from}/{@code valid_to}. A closing time at or before
 * the opening time ends the next day, as in the content ({@code 24:00} is written {@code 00:00}).
 * Exceptions on dates have no HSDS form and stay in API v1 and on the place's page.
 */
final class HsdsSchedules {

    /** The dates a seasonal rule applies to in the export. */
    record Period(LocalDate from, LocalDate to) {
    }

    private final HsdsIds ids;
    private final HsdsText text;
    private final LocalDate today;
    private final String zone;

    private final Availabilities availabilities;

    HsdsSchedules(HsdsIds ids, HsdsText text, Availabilities availabilities, String zone) {
        this.ids = ids;
        this.text = text;
        this.availabilities = availabilities;
        this.today = availabilities.today();
        this.zone = zone;
    }

    /** The schedules of {@code place}, for the location {@code locationId}; rules whose season is over are left out. */
    List<Obj> of(Place place, String locationId, String link) {
        List<Obj> schedules = new ArrayList<>();
        List<HoursRule> rules = place.hours().rules();
        for (int r = 0; r < rules.size(); r++) {
            HoursRule rule = rules.get(r);
            Period period = period(rule.season(), today);
            if (rule.season() != null && period == null) {
                continue;
            }
            for (int t = 0; t < rule.times().size(); t++) {
                TimeRange time = rule.times().get(t);
                schedules.add(Json.obj()
                        .with("id", ids.of("schedule", place.id() + "/" + r + "/" + t))
                        .with("location_id", locationId)
                        .with("valid_from", period == null ? null : period.from().toString())
                        .with("valid_to", period == null ? null : period.to().toString())
                        .with("wkst", "MO")
                        .with("freq", "WEEKLY")
                        .with("byday", byday(rule.days()))
                        .with("description", description(rule, place.hours().holidays()))
                        .with("opens_at", time.opens())
                        .with("closes_at", closes(time))
                        .with("schedule_link", link)
                        .with("notes", rule.note()));
            }
        }
        return schedules;
    }

    /** {@code MO,TH}: RFC 5545 weekday codes, Monday first, each once. */
    static String byday(List<DayOfWeek> days) {
        return String.join(",", new TreeSet<>(days).stream()
                .map(d -> d.name().substring(0, 2).toUpperCase(Locale.ROOT))
                .toList());
    }

    /** {@code 17:00}; the end of the day, {@code 24:00}, is {@code 00:00} (HSDS times are times of day). */
    static String closes(TimeRange time) {
        return time.end() == TimeRange.MINUTES_PER_DAY ? "00:00" : time.closes();
    }

    /**
     * The dates a season covers as seen from {@code today}: a date range as written, a yearly
     * season's occurrence that is running or comes next. Null for no season, and for a date
     * range that is over.
     */
    static Period period(Season season, LocalDate today) {
        if (season instanceof Season.Dates dates) {
            return dates.to().isBefore(today) ? null : new Period(dates.from(), dates.to());
        }
        if (season instanceof Season.Yearly yearly) {
            boolean wraps = yearly.from().isAfter(yearly.to());
            // start a year back: a season over new year may have begun last year and still run
            for (int year = today.getYear() - 1; ; year++) {
                LocalDate to = yearly.to().atYear(wraps ? year + 1 : year);
                if (!to.isBefore(today)) {
                    return new Period(yearly.from().atYear(year), to);
                }
            }
        }
        return null;
    }

    private String description(HoursRule rule, HolidayPolicy holidays) {
        List<String> parts = new ArrayList<>();
        if (rule.audience() != null) {
            parts.add(text.audience(rule.audience()));
        }
        if (holidays == HolidayPolicy.CLOSED) {
            parts.add(text.holidaysClosed());
        }
        parts.add(text.localTime(zone));
        return HsdsText.sentences(parts);
    }
}
