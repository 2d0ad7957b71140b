package se.kvarter.feeds.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import se.kvarter.feeds.FeedJob;
import se.kvarter.feeds.Urls;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Recurrence;
import se.kvarter.model.Event;
import se.kvarter.model.Place;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.Site;
import se.kvarter.output.OutputFile;
import se.kvarter.output.Utf8Buffer;

/**
 * The iCalendar files of outputs.md (RFC 5545 with the RFC 7986 calendar properties): every
 * event that is not long over in {@code calendar/events.ics}, each event in
 * {@code calendar/events/<id>.ics} and each place's opening hours in
 * {@code calendar/places/<id>.ics} (and at a renamed place's old ids). ical4j writes them (CRLF,
 * escaping) and {@link CalendarFolding} folds them. Nothing depends on the clock: DTSTAMP is
 * {@code SOURCE_DATE_EPOCH} or the reference date, and the time zone comes from the data ical4j
 * ships, so one input gives the same bytes.
 */
public final class CalendarWriter {

    public static final String EVENTS = "calendar/events.ics";
    static final String PRODID = "-//kvarter//kvarter//SV";
    /** How long an event that is over stays in {@code events.ics}. */
    static final int KEPT_DAYS = 90;

    private final Site site;
    private final CalendarContext context;
    private final CalendarEvents events;
    private final CalendarHours hours;
    private final CalendarTimeZone timezone;
    /** The first date of a place's opening-hours calendar: the Monday of this week is where its events start. */
    private final LocalDate hoursFrom;

    /**
     * @param stamp the DTSTAMP of every event ({@link #stamp})
     */
    public CalendarWriter(Site site, Urls urls, Availabilities engine, Instant stamp) {
        this.site = site;
        this.context = new CalendarContext(site, urls, stamp);
        this.events = new CalendarEvents(context);
        this.hours = new CalendarHours(context, engine);
        this.hoursFrom = site.now().date().minusDays(6);
        List<LocalDate> earliest = new ArrayList<>(List.of(hoursFrom));
        site.defaultEdition().events().forEach(event -> earliest.add(from(event)));
        this.timezone = new CalendarTimeZone(site.settings().timezone(), earliest);
    }

    /**
     * Whether an event belongs in {@code events.ics}: it has not ended, or ended within the last
     * {@value #KEPT_DAYS} days (a repeating event by its last occurrence). The file every
     * subscriber downloads each day would otherwise grow with every event the site ever had;
     * each event keeps its own file.
     */
    private boolean isRecent(Event event) {
        List<Recurrence.Occurrence> occurrences = Recurrence.occurrences(event);
        LocalDateTime end = occurrences.isEmpty() ? event.end() : occurrences.get(occurrences.size() - 1).end();
        return !end.isBefore(site.now().date().minusDays(KEPT_DAYS).atStartOfDay());
    }

    /** The first date of an event's calendar. */
    private LocalDate from(Event event) {
        LocalDate start = event.start().toLocalDate();
        return start.isBefore(hoursFrom) ? start : hoursFrom;
    }

    /** Every calendar file, each made when a rebuild needs it. */
    public List<FeedJob> jobs() {
        Urls urls = context.urls();
        List<FeedJob> jobs = new ArrayList<>();
        for (Event event : site.defaultEdition().events()) {
            String path = urls.paths().eventCalendar(event.id()).substring(urls.paths().basePath().length());
            jobs.add(FeedJob.one(path, () -> file(path, from(event), event.title(),
                    urls.absolute(urls.paths().event(event.id())), List.of(events.of(event))),
                    "event:" + event.id(), "place:" + event.place(), "org:" + event.organization()));
        }
        List<Event> current = site.defaultEdition().events().stream().filter(this::isRecent).toList();
        LocalDate eventsFrom = current.stream().map(this::from).min(LocalDate::compareTo).orElse(hoursFrom);
        jobs.add(FeedJob.one(EVENTS, () -> file(EVENTS, eventsFrom, context.text().eventsCalendar(site.settings().title()),
                urls.absolute(urls.paths().events()), current.stream().map(events::of).toList()),
                "event:*", "place:*", "org:*"));
        for (Place place : site.defaultEdition().places()) {
            // a renamed place's calendar stays at its old addresses too, with the current data:
            // subscribers keep the URL they once added
            List<String> ids = new ArrayList<>(List.of(place.id()));
            ids.addAll(place.formerIds());
            for (String id : ids) {
                String path = urls.paths().placeCalendar(id).substring(urls.paths().basePath().length());
                jobs.add(FeedJob.one(path, () -> file(path, hoursFrom,
                        context.text().hoursCalendar(place.name()), urls.absolute(urls.paths().place(place.id())),
                        hours.of(place)), "place:" + place.id(), "org:*"));
            }
        }
        return jobs;
    }

    /**
     * The DTSTAMP of a build: {@code SOURCE_DATE_EPOCH} (seconds since 1970 in UTC, as
     * reproducible-builds.org defines it) when it is a number, else the start of the reference
     * date in the site's time zone. Never the clock, so two builds give the same files.
     */
    public static Instant stamp(String sourceDateEpoch, ReferenceTime now, ZoneId zone) {
        if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("[0-9]{1,11}")) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        }
        return now.date().atStartOfDay(zone).toInstant();
    }

    /** @param from the date of the calendar's first date-time, or earlier */
    private OutputFile file(String path, LocalDate from, String name, String url, List<VEvent> components) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (components.stream().allMatch(c -> c.getProperty(Property.ORGANIZER).isPresent())) {
            // iTIP (RFC 5546) requires an ORGANIZER in every VEVENT of a PUBLISH
            calendar.add(ImmutableMethod.PUBLISH);
        }
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", site.settings().timezone().getId()));
        calendar.add(new Url(URI.create(url)));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), Duration.ofDays(1)));
        // what Outlook and Apple Calendar read instead of REFRESH-INTERVAL
        calendar.add(new XProperty("X-PUBLISHED-TTL", "P1D"));
        calendar.add(timezone.from(from));
        components.forEach(calendar::add);
        Utf8Buffer text = new Utf8Buffer(4 * 1024);
        try {
            // ical4j's CalendarOutputter would fold by characters; the tests validate every file
            // strictly, and a build does not stop over a calendar
            CalendarFolding.write(calendar.toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OutputFile(path, text.bytes());
    }
}
