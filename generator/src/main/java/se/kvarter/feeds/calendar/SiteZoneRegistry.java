package se.kvarter.feeds.calendar;

import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Map;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;

/**
 * The time zone registry of the calendars' DTSTART, DTEND and EXDATE: it knows the site's zone,
 * the only TZID the calendars write. Why: without one, ical4j looks a date property's TZID up in
 * its global registry each time the property is written, walking every known zone and building
 * zone rules, a visible share of a large build's CPU (bench/RESULTS.md). The site's zone is Java's
 * own, the same as the times' zone, so the local times written stay the same.
 */
final class SiteZoneRegistry implements TimeZoneRegistry {

    private final ZoneId zone;

    SiteZoneRegistry(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZoneId(String tzId) {
        return zone.getId().equals(tzId) ? zone : TimeZoneRegistry.getGlobalZoneId(tzId);
    }

    @Override
    public Map<String, ZoneRules> getZoneRules() {
        return Map.of(zone.getId(), zone.getRules());
    }

    @Override
    public String getTzId(String zoneId) {
        return zoneId;
    }

    /** No VTIMEZONE definitions: the calendars take theirs from {@link CalendarTimeZone}. */
    @Override
    public TimeZone getTimeZone(String id) {
        return null;
    }

    @Override
    public void register(TimeZone timezone) {
        throw new UnsupportedOperationException("the site's zone registry holds only the site's zone");
    }

    @Override
    public void register(TimeZone timezone, boolean update) {
        register(timezone);
    }

    @Override
    public void clear() {
        // nothing registered, nothing to clear
    }
}
