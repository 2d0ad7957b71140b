package se.kvarter.feeds.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * The VTIMEZONE of the site's zone for calendars whose date-times start at a given date: the
 * zone data in the ical4j jar (no network: see ical4j.properties), cut to the observances in
 * force from the start of the year before that date on. RFC 5545 asks a VTIMEZONE to cover the
 * date-times its calendar uses; the zone's history back to 1893 (two thirds of every calendar
 * file for Europe/Stockholm) covers times no calendar of the site uses.
 *
 * <p>The cut is made for each year that is needed when the writer is made (ical4j keeps what
 * it works out in its observances, so this is done on one thread), and the result stays the
 * same from one year to the next while the zone's rules do.
 */
final class CalendarTimeZone {

    /** Far enough ahead to tell observances still in use from those that ended. */
    private static final Instant FAR_AHEAD = Instant.parse("2200-01-01T00:00:00Z");

    private final Map<Integer, VTimeZone> byYear;

    /** @param earliest the first date of each calendar that will be written */
    CalendarTimeZone(ZoneId zone, Collection<LocalDate> earliest) {
        VTimeZone whole = whole(zone);
        this.byYear = earliest.stream().map(CalendarTimeZone::year).distinct()
                .collect(Collectors.toMap(Function.identity(), year -> cut(whole, zone, year), (a, b) -> a, TreeMap::new));
    }

    /** The VTIMEZONE for a calendar whose first date-time is on {@code earliest}, one of the dates given when made. */
    VTimeZone from(LocalDate earliest) {
        VTimeZone timezone = byYear.get(year(earliest));
        if (timezone == null) {
            throw new IllegalArgumentException("no time zone was made for " + earliest);
        }
        return timezone;
    }

    /** The year from whose start the observances are kept: a whole year before the date, to leave no edge. */
    private static int year(LocalDate earliest) {
        return earliest.getYear() - 1;
    }

    /**
     * Only the observances are kept: ical4j files some zones under another id (Europe/Stockholm
     * is Europe/Berlin since tzdata 2025a), so TZID is set to the id the events use, and TZURL,
     * LAST-MODIFIED and X-LIC-LOCATION, which name the data's source and date, are left out.
     */
    private static VTimeZone whole(ZoneId zone) {
        TimeZone known = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId());
        if (known == null) {
            throw new IllegalStateException("ical4j has no time zone " + zone.getId());
        }
        // a copy of its own: ical4j keeps the zones it read for every registry, and works out
        // onsets into the observances it is asked about
        return known.getVTimeZone().copy();
    }

    /** The observance in force when {@code year} starts, and those that begin later, in the data's order. */
    private static VTimeZone cut(VTimeZone whole, ZoneId zone, int year) {
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Observance inForce = whole.getApplicableObservance(start);
        List<Observance> kept = whole.getObservances().stream()
                .filter(o -> o == inForce || onsetAfter(o, start))
                .map(o -> (Observance) o.copy())
                .toList();
        return new Written(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(kept));
    }

    /**
     * A VTIMEZONE that keeps its text: every calendar file of the site holds the same one, and
     * ical4j would write it again for each (a fifth of writing a place's calendar). Nothing
     * changes a zone once it is cut; a copy is an ordinary VTIMEZONE.
     */
    private static final class Written extends VTimeZone {
        private static final long serialVersionUID = 1L;
        private final String text;

        Written(PropertyList properties, ComponentList<Observance> observances) {
            super(properties, observances);
            this.text = super.toString();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static boolean onsetAfter(Observance observance, Instant start) {
        var latest = observance.getLatestOnset(FAR_AHEAD);
        return latest != null && latest.toInstant().isAfter(start);
    }
}
