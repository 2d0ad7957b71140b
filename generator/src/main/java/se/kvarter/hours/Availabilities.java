package se.kvarter.hours;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceAvailability;
import se.kvarter.model.PlaceStatus;

/**
 * The {@link Availability} of each place of one language edition, each made once, on first
 * request, and shared by every output of that edition. Thread-safe: pages and feeds are made on
 * several threads.
 */
public final class Availabilities {

    private final HoursEngine engine;
    private final LocalDate today;
    private final Function<PlaceStatus, String> statusReason;
    private final Map<String, Availability> byPlace = new ConcurrentHashMap<>();

    /**
     * @param statusReason the reason, in the edition's language, that a place with this status
     *                     (not open) gives for its closed days
     */
    public Availabilities(HoursEngine engine, LocalDate today, Function<PlaceStatus, String> statusReason) {
        this.engine = engine;
        this.today = today;
        this.statusReason = statusReason;
    }

    /** The availability of {@code place}, a place of this edition. */
    public Availability of(Place place) {
        PlaceAvailability written = place.availability();
        return byPlace.computeIfAbsent(place.id(), id -> Availability.of(engine, written.hours(), written.status(),
                written.isOpen() ? null : statusReason.apply(written.status()), today));
    }

    public HoursEngine engine() {
        return engine;
    }

    public LocalDate today() {
        return today;
    }
}
