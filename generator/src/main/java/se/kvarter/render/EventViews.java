package se.kvarter.render;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.kvarter.hours.Recurrence;
import se.kvarter.hours.Recurrence.Occurrence;
import se.kvarter.model.Audience;
import se.kvarter.model.Event;
import se.kvarter.model.EventLocation;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;

/** Builds the views of events: cards for lists (upcoming first), the whole page for one event. */
final class EventViews {

    private final EditionContext edition;
    /**
     * Each event's card, by id, made once for the edition: an event's card is on many pages (its
     * place, its area, the lists), and a weekly event without an end has thousands of
     * occurrences to look through. Empty for an event that is over.
     */
    private final Map<String, Optional<EventCard>> cards = new ConcurrentHashMap<>();

    EventViews(EditionContext edition) {
        this.edition = edition;
    }

    /** The occurrences that have not ended before today. */
    List<Occurrence> upcoming(Event event) {
        LocalDateTime startOfToday = edition.now().date().atStartOfDay();
        return Recurrence.occurrences(event).stream().filter(o -> o.end().isAfter(startOfToday)).toList();
    }

    /** A card for an event with an upcoming occurrence, or null when it is over. */
    EventCard card(Event event) {
        return cards.computeIfAbsent(event.id(), id -> Optional.ofNullable(makeCard(event))).orElse(null);
    }

    private EventCard makeCard(Event event) {
        List<Occurrence> upcoming = upcoming(event);
        if (upcoming.isEmpty()) {
            return null;
        }
        Occurrence next = upcoming.get(0);
        return new EventCard(event.id(), edition.paths().event(event.id()), event.title(), when(next),
                next.start().toString(), where(event), event.cancelled(), upcoming.size() - 1,
                edition.otherLanguage(event.language(), event.untranslated(), "title"), staffOnly(event));
    }

    /** Whether the event is for staff only: every audience it names is staff. */
    static boolean staffOnly(Event event) {
        return !event.audiences().isEmpty() && event.audiences().stream().allMatch(a -> a == Audience.STAFF);
    }

    /**
     * Cards of the events that are not over for the start page, which residents read: the
     * events open to them first, staff-only ones (labelled) after them.
     */
    List<EventCard> publicFirst(List<Event> events) {
        return upcomingCards(events).stream().sorted(Comparator.comparing(EventCard::staffOnly)).toList();
    }

    /** Cards of the events that are not over, the soonest first. */
    List<EventCard> upcomingCards(List<Event> events) {
        return events.stream()
                .map(this::card)
                .filter(card -> card != null)
                .sorted(Comparator.comparing(EventCard::iso).thenComparing(EventCard::id))
                .toList();
    }

    EventView view(Event event) {
        List<Occurrence> all = Recurrence.occurrences(event);
        List<Occurrence> upcoming = upcoming(event);
        List<Occurrence> shown = upcoming.isEmpty() && !all.isEmpty() ? List.of(all.get(all.size() - 1)) : upcoming;
        Place place = event.place() == null ? null : edition.places().get(event.place());
        Organization organizer = event.organization() == null ? null : edition.organizations().get(event.organization());
        Occurrence first = shown.isEmpty() ? new Occurrence(event.start(), event.end()) : shown.get(0);
        EventCard card = new EventCard(event.id(), edition.paths().event(event.id()), event.title(), when(first),
                first.start().toString(), where(event), event.cancelled(), Math.max(0, shown.size() - 1),
                edition.otherLanguage(event.language(), event.untranslated(), "title"), staffOnly(event));
        return new EventView(card,
                new EventView.When(
                        shown.stream().map(o -> new EventView.Occurrence(when(o), o.start().toString(), o.end().toString())).toList(),
                        all.size() - upcoming.size(),
                        upcoming.isEmpty(),
                        new PlaceView.Calendar(edition.webcal(edition.paths().eventCalendar(event.id())),
                                edition.paths().eventCalendar(event.id()))),
                new EventView.Where(place == null ? null : new Link(edition.paths().place(place.id()), place.name()),
                        location(event.location())),
                organizer == null ? null : organizer.name(),
                event.registration(),
                event.audiences().stream().map(a -> edition.text().get("audience." + a.code())).toList(),
                new EventView.About(event.summary(),
                        edition.otherLanguage(event.language(), event.untranslated(), "summary"),
                        event.bodyHtml(),
                        edition.otherLanguage(event.language(), event.untranslated(), "body"),
                        ImageView.of(event.image(), edition.paths(),
                                edition.otherLanguage(event.language(), event.untranslated(), "image.alt"))));
    }

    /** "onsdag 16 september 2026, 13:00–15:00", or both ends in full when it spans days. */
    String when(Occurrence occurrence) {
        DateText dates = edition.dates();
        LocalDateTime start = occurrence.start();
        LocalDateTime end = occurrence.end();
        boolean endsAtMidnight = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                && end.toLocalDate().equals(start.toLocalDate().plusDays(1));
        if (start.toLocalDate().equals(end.toLocalDate()) || endsAtMidnight) {
            int endMinutes = endsAtMidnight ? 24 * 60 : end.getHour() * 60 + end.getMinute();
            return dates.dateAndRange(start.toLocalDate(),
                    dates.time(start.getHour() * 60 + start.getMinute()) + "–" + dates.time(endMinutes));
        }
        return dates.dateTime(start) + " – " + dates.dateTime(end);
    }

    private String where(Event event) {
        if (event.place() != null && edition.places().containsKey(event.place())) {
            return edition.places().get(event.place()).name();
        }
        return event.location() == null ? null : event.location().name();
    }

    private List<String> location(EventLocation location) {
        if (location == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add(location.name());
        String address = PlaceViews.oneLine(location.address());
        if (address != null) {
            lines.add(address);
        }
        if (location.address().detail() != null) {
            lines.add(location.address().detail());
        }
        return lines;
    }
}
