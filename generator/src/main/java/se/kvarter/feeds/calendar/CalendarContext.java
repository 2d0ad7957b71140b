package se.kvarter.feeds.calendar;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import se.kvarter.feeds.CalendarRules;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Organization;
import se.kvarter.model.Publisher;
import se.kvarter.model.Site;

/**
 * What every VEVENT of one build shares: the site's time zone, the host that makes UIDs unique,
 * the reproducible DTSTAMP, the words in the site's language, and the organisers; with the
 * helpers that add the properties events and opening hours have in common.
 */
final class CalendarContext {

    private final Site site;
    private final Urls urls;
    private final ZoneId zone;
    private final String host;
    private final Instant stamp;
    private final CalendarText text;
    private final Map<String, Organization> organizations;
    private final SiteZoneRegistry registry;

    CalendarContext(Site site, Urls urls, Instant stamp) {
        this.site = site;
        this.urls = urls;
        this.zone = site.settings().timezone();
        this.registry = new SiteZoneRegistry(zone);
        this.host = URI.create(site.settings().baseUrl()).getHost();
        this.stamp = stamp;
        this.text = new CalendarText(site.settings().language());
        this.organizations = site.defaultEdition().organizations().stream()
                .collect(Collectors.toMap(Organization::id, o -> o));
    }

    Site site() {
        return site;
    }

    Urls urls() {
        return urls;
    }

    ZoneId zone() {
        return zone;
    }

    CalendarText text() {
        return text;
    }

    /**
     * A VEVENT with DTSTAMP, UID ({@code local@host}), DTSTART, DTEND and SUMMARY. The times
     * are local times with the site's TZID, so a repeating event keeps its clock time across
     * daylight-saving changes.
     */
    VEvent event(String local, String summary, LocalDateTime start, LocalDateTime end) {
        // new VEvent() would stamp it with the clock; this build's stamp is reproducible
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(local + "@" + host));
        DtStart<ZonedDateTime> dtStart = new DtStart<>(start.atZone(zone));
        dtStart.setTimeZoneRegistry(registry);
        event.add(dtStart);
        DtEnd<ZonedDateTime> dtEnd = new DtEnd<>(end.atZone(zone));
        dtEnd.setTimeZoneRegistry(registry);
        event.add(dtEnd);
        event.add(new Summary(summary));
        return event;
    }

    /** Adds an RRULE with the value of {@link CalendarRules}. */
    static void repeat(VEvent event, String rule) {
        event.add(new RRule<ZonedDateTime>(new Recur<>(rule)));
    }

    /** Adds one EXDATE for an occurrence that does not take place, at its local start time. */
    void except(VEvent event, LocalDateTime start) {
        ExDate<ZonedDateTime> exDate = new ExDate<>(new ParameterList(List.of(new TzId(zone.getId()))),
                new DateList<>(start.atZone(zone)));
        exDate.setTimeZoneRegistry(registry);
        event.add(exDate);
    }

    /** Adds DESCRIPTION, LOCATION, GEO and URL where there is something to say. */
    static void describe(VEvent event, String description, String location, se.kvarter.model.Geo geo, String url) {
        if (description != null) {
            event.add(new Description(description));
        }
        if (location != null) {
            event.add(new Location(location));
        }
        if (geo != null) {
            event.add(new Geo(BigDecimal.valueOf(geo.lat()), BigDecimal.valueOf(geo.lon())));
        }
        event.add(new Url(URI.create(url)));
    }

    /**
     * The organiser to name in ORGANIZER: the organisation with {@code organizationId} when it has
     * an e-mail address, else the site's publisher when it has one, else none.
     */
    Optional<Organizer> organizer(String organizationId) {
        Organization organization = organizationId == null ? null : organizations.get(organizationId);
        if (organization != null && organization.email() != null) {
            return Optional.of(organizer(organization.name(), organization.email()));
        }
        Publisher publisher = site.settings().publisher();
        if (publisher != null && publisher.email() != null) {
            return Optional.of(organizer(publisher.name(), publisher.email()));
        }
        return Optional.empty();
    }

    private static Organizer organizer(String name, String email) {
        return new Organizer(new ParameterList(List.of(new Cn(name))), URI.create("mailto:" + email));
    }
}
