package se.kvarter.feeds.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import se.kvarter.feeds.CalendarRules;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Event;
import se.kvarter.model.Geo;
import se.kvarter.model.Place;

/**
 * An event as a VEVENT: its local start and end with the site's TZID, its repetition as RRULE
 * (the same value as {@code rrule} in events.json), skipped dates as EXDATE and a cancelled event
 * as STATUS:CANCELLED. The UID is the event's id at the site's host, so it never changes.
 */
final class CalendarEvents {

    private final CalendarContext context;
    private final Map<String, Place> places;
    /**
     * Each event's description, by id: an event is in its own file and in events.ics, and its
     * body is read as HTML (a jsoup parse) for the plain text of the description.
     */
    private final Map<String, String> descriptions = new ConcurrentHashMap<>();

    CalendarEvents(CalendarContext context) {
        this.context = context;
        this.places = context.site().defaultEdition().places().stream()
                .collect(Collectors.toMap(Place::id, p -> p));
    }

    VEvent of(Event event) {
        VEvent vevent = context.event(event.id(), event.title(), event.start(), event.end());
        if (event.repeat() != null) {
            CalendarContext.repeat(vevent, CalendarRules.of(event.repeat(), context.zone()));
            // an EXDATE names the start of the occurrence it removes, time included
            for (LocalDate skipped : event.skip().stream().sorted().distinct().toList()) {
                context.except(vevent, skipped.atTime(event.start().toLocalTime()));
            }
        }
        vevent.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String description = descriptions.computeIfAbsent(event.id(), id -> description(event));
        Place place = event.place() == null ? null : places.get(event.place());
        String location;
        Geo geo;
        if (place != null) {
            location = CalendarText.location(place.name(), place.location().address());
            geo = place.location().geo();
        } else if (event.location() != null) {
            location = CalendarText.location(event.location().name(), event.location().address());
            geo = event.location().geo();
        } else {
            location = null;
            geo = null;
        }
        Urls urls = context.urls();
        CalendarContext.describe(vevent, description, location, geo, urls.absolute(urls.paths().event(event.id())));
        context.organizer(event.organization()).ifPresent(vevent::add);
        return vevent;
    }

    /** The summary, the body as plain text and how to register, as paragraphs; null when there is none. */
    private String description(Event event) {
        String registration = event.registration() == null ? null : context.text().registration(event.registration());
        return CalendarText.paragraphs(event.summary(), CalendarText.plain(event.bodyHtml()), registration);
    }
}
