package se.kvarter.feeds.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import se.kvarter.feeds.CalendarRules;
import se.kvarter.feeds.Urls;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Availability;
import se.kvarter.hours.Opening;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Place;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * A place's opening hours as VEVENTs. Each time range of a weekly rule is one event repeating
 * weekly on the rule's weekdays ({@code <place>-rule-<n>-<m>}), every {@code INTERVAL} weeks or on
 * the {@code BYDAY=1SA,3SA} weekdays of the month when the rule says so; a seasonal rule ends with its
 * season, and a season that comes back every year is one event per year of the coming twelve
 * months ({@code <place>-rule-<n>-<m>-<year>}). Each time range of an exception with other hours
 * is an event of its own on its dates ({@code <place>-exception-<from>-<m>}). {@code <place>} is
 * the place's {@link Place#firstId() first id}, so that a rename keeps the UIDs.
 *
 * <p>Every series ends (UNTIL) at the last date of the place's {@link Availability#knownUntil()
 * horizon}, and every occurrence up to it that the {@link Availability} does not confirm (a
 * closing, a holiday, an unknown day, another rule or an exception decides the day) is an EXDATE:
 * a downloaded file never claims a day nobody checked, and the nightly build moves the end on.
 * So the calendar shows exactly the hours that the site shows. Places that are not open have none.
 */
final class CalendarHours {

    private final CalendarContext context;
    private final Availabilities engine;
    private final LocalDate anchor;
    private final LocalDate last;

    /** A stretch of dates a rule's events cover, its last date at most the horizon's. */
    private record Span(LocalDate from, LocalDate to, String suffix) {
    }

    CalendarHours(CalendarContext context, Availabilities engine) {
        this.context = context;
        this.engine = engine;
        LocalDate today = context.site().now().date();
        // the Monday of this week: events start on a date that changes once a week, not daily
        this.anchor = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // the same for every place: the horizon the availabilities resolve
        this.last = today.plusDays(Availability.HORIZON_DAYS);
    }

    List<VEvent> of(Place place) {
        List<VEvent> events = new ArrayList<>();
        if (!place.availability().isOpen()) {
            return events;
        }
        OpeningHours hours = place.availability().hours();
        // UIDs keep the id the place was first known by, so a renamed place's events stay the same
        // events in a subscriber's calendar
        String uid = place.firstId();
        for (int n = 0; n < hours.rules().size(); n++) {
            HoursRule rule = hours.rules().get(n);
            for (Span span : spans(rule.season())) {
                for (int m = 0; m < rule.times().size(); m++) {
                    TimeRange time = rule.times().get(m);
                    Opening opening = new Opening(time, rule.audience(), rule.note());
                    List<LocalDate> dates = dates(span, rule);
                    if (!dates.isEmpty()) {
                        events.add(event(place, uid + "-rule-" + n + "-" + m + span.suffix(),
                                context.text().open(place.name(), rule.audience()), rule.note(), time, dates,
                                rule(rule, span.to()),
                                day -> day.exception() == null && day.openings().contains(opening)));
                    }
                }
            }
        }
        for (HoursException exception : hours.exceptions()) {
            if (exception.closed()) {
                continue;
            }
            // only the dates from the anchor to the last day of the horizon: later ones are not checked
            LocalDate from = later(exception.from());
            LocalDate to = exception.to().isAfter(last) ? last : exception.to();
            if (to.isBefore(from)) {
                continue;
            }
            List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
            String summary = context.text().open(place.name(), null);
            for (int m = 0; m < exception.times().size(); m++) {
                Opening opening = new Opening(exception.times().get(m), null, null);
                events.add(event(place, uid + "-exception-" + exception.from() + "-" + m,
                        exception.reason() == null ? summary : summary + " – " + exception.reason(), null,
                        opening.time(), dates, dates.size() > 1 ? CalendarRules.daily(dates.size()) : null,
                        day -> exception.equals(day.exception()) && day.openings().contains(opening)));
            }
        }
        return events;
    }

    /**
     * One event starting on the first of {@code dates} and repeating by {@code rule} (null for
     * none) up to the last of them, with an EXDATE for each date whose schedule {@code confirms}
     * does not accept.
     */
    private VEvent event(Place place, String uid, String summary, String description, TimeRange time,
                         List<LocalDate> dates, String rule, Predicate<DaySchedule> confirms) {
        LocalDate first = dates.get(0);
        Availability availability = engine.of(place);
        VEvent event = context.event(uid, summary, start(first, time), end(first, time));
        if (rule != null) {
            CalendarContext.repeat(event, rule);
        }
        for (LocalDate date : dates) {
            if (!confirms.test(availability.day(date))) {
                context.except(event, start(date, time));
            }
        }
        // opening hours are no appointments: they must not make the subscriber look busy
        event.add(ImmutableTransp.TRANSPARENT);
        Urls urls = context.urls();
        CalendarContext.describe(event, description, CalendarText.location(place.name(), place.location().address()),
                place.location().geo(), urls.absolute(urls.paths().place(place.id())));
        context.organizer(place.runBy().organization()).ifPresent(event::add);
        return event;
    }

    /**
     * The stretches a rule's events cover from the anchor to the last day of the horizon: all
     * of it for a rule without a season, the season's dates, or each year's season that begins
     * before the last day.
     */
    private List<Span> spans(Season season) {
        if (season == null) {
            return List.of(new Span(anchor, last, ""));
        }
        if (season instanceof Season.Dates dates) {
            LocalDate to = dates.openEnded() ? last : dates.to();
            return overlaps(dates.from(), to)
                    ? List.of(new Span(later(dates.from()), earlier(to), "")) : List.of();
        }
        Season.Yearly yearly = (Season.Yearly) season;
        boolean wraps = yearly.from().isAfter(yearly.to());
        List<Span> spans = new ArrayList<>();
        for (int year = anchor.getYear() - 1; year <= last.getYear(); year++) {
            LocalDate from = first(yearly.from(), year);
            LocalDate to = yearly.to().atYear(wraps ? year + 1 : year);
            if (overlaps(from, to)) {
                spans.add(new Span(later(from), earlier(to), "-" + year));
            }
        }
        return spans;
    }

    /**
     * The dates of a span that the rule holds on: its weekdays, and of them its weeks or its
     * weekdays of the month ({@link HoursRule#holdsOn}), exactly the dates its RRULE makes from
     * the first of them.
     */
    private List<LocalDate> dates(Span span, HoursRule rule) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = span.from(); !date.isAfter(span.to()); date = date.plusDays(1)) {
            if (rule.days().contains(date.getDayOfWeek()) && rule.holdsOn(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /**
     * {@code FREQ=WEEKLY;BYDAY=WE}; every other week {@code INTERVAL=2}, counted from the first
     * date, which falls in one of the rule's weeks; on weekdays of the month
     * {@code FREQ=MONTHLY;BYDAY=1SA,3SA}.
     */
    private String rule(HoursRule rule, LocalDate to) {
        if (!rule.nth().isEmpty()) {
            return CalendarRules.monthly(rule.nth(), rule.days(), to, context.zone());
        }
        return CalendarRules.weekly(rule.days(), to, context.zone(), rule.every());
    }

    private boolean overlaps(LocalDate from, LocalDate to) {
        return !to.isBefore(anchor) && !from.isAfter(last);
    }

    private LocalDate later(LocalDate date) {
        return date.isBefore(anchor) ? anchor : date;
    }

    private LocalDate earlier(LocalDate date) {
        return date.isAfter(last) ? last : date;
    }

    /**
     * The first day of a season in {@code year}: a season from 29 February starts on 1 March in
     * other years ({@link Season.Yearly#covers}); one that ends on it ends on 28 February
     * ({@link MonthDay#atYear}).
     */
    private static LocalDate first(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : day.atYear(year).plusDays(1);
    }

    private static LocalDateTime start(LocalDate date, TimeRange time) {
        return date.atStartOfDay().plusMinutes(time.start());
    }

    /** The end on the same day, or on the next day for a range that crosses midnight or ends at 24:00. */
    private static LocalDateTime end(LocalDate date, TimeRange time) {
        int minutes = time.crossesMidnight() ? TimeRange.MINUTES_PER_DAY + time.end() : time.end();
        return date.atStartOfDay().plusMinutes(minutes);
    }
}
