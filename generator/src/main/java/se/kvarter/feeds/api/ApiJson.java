package se.kvarter.feeds.api;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.kvarter.feeds.CalendarRules;
import se.kvarter.feeds.Json;
import se.kvarter.feeds.Urls;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Recurrence;
import se.kvarter.model.Address;
import se.kvarter.model.Event;
import se.kvarter.model.EventLocation;
import se.kvarter.model.Geo;
import se.kvarter.model.Image;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceAccessibility;
import se.kvarter.model.Service;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;
import se.kvarter.feeds.Json.Obj;

/**
 * The objects of JSON API v1 (outputs.md): places, events, news and organisations, camelCase,
 * every object with its {@code id} and the absolute {@code url} of its page.
 */
public final class ApiJson {

    /** Events list their occurrences up to this far ahead of the reference date. */
    static final int OCCURRENCE_YEARS = 1;

    private final Site site;
    private final Urls urls;
    private final SitePaths paths;
    private final HoursJson hours;
    private final ZoneId zone;
    private final Map<String, Organization> organizations;
    private final Map<String, Service> services;

    public ApiJson(Site site, Urls urls, Availabilities availabilities) {
        this.site = site;
        this.urls = urls;
        this.paths = urls.paths();
        this.zone = site.settings().timezone();
        this.hours = new HoursJson(availabilities, site.settings().language());
        this.organizations = site.defaultEdition().organizations().stream()
                .collect(Collectors.toMap(Organization::id, o -> o));
        this.services = site.services().stream().collect(Collectors.toMap(Service::id, s -> s));
    }

    /** A place's object, as places.json and the place's own file (and a renamed place's old file) carry it. */
    public Obj place(Place place) {
        String language = site.settings().language();
        return Json.obj()
                .with("id", place.id())
                .with("url", urls.absolute(paths.place(place.id())))
                .with("name", place.name())
                .with("type", place.about().type().code())
                .with("status", place.availability().status().code())
                .with("replacedBy", place.availability().replacedBy())
                .with("summary", place.about().summary())
                .with("descriptionHtml", urls.absoluteLinks(place.about().bodyHtml()))
                .with("organization", reference(place.runBy().organization()))
                .withList("partners", place.runBy().partners().stream().map(this::reference).toList())
                .with("address", address(place.location().address()))
                .with("geo", geo(place.location().geo()))
                .with("contact", place.contact().isEmpty() ? null : Json.obj()
                        .with("email", place.contact().email())
                        .with("phone", place.contact().phone())
                        .with("website", place.contact().website())
                        .with("form", place.contact().form()))
                .with("services", place.about().services().stream()
                        .map(id -> Json.obj().with("id", id).with("name", services.get(id).label(language, language)))
                        .toList())
                .with("audiences", place.about().audiences().stream().map(a -> a.code()).toList())
                .with("languages", place.about().languages())
                .with("accessibility", accessibility(place.accessibility()))
                .with("image", image(place.about().image()))
                .with("lastChecked", place.facts().lastChecked() == null ? null : place.facts().lastChecked().toString())
                .with("requirements", place.facts().requirements().isEmpty() ? null : Json.obj()
                        .with("appointment", place.facts().requirements().appointment() == null ? null
                                : place.facts().requirements().appointment().code())
                        .with("cost", place.facts().requirements().cost())
                        .with("bring", place.facts().requirements().bring()))
                .with("openingHours", hours.of(place))
                .with("calendar", urls.absolute(paths.placeCalendar(place.id())));
    }

    private static Obj accessibility(PlaceAccessibility facts) {
        Obj json = Json.obj()
                .with("entrance", facts.entrance().code())
                .with("steps", facts.steps())
                .with("toilet", facts.toilet().code());
        facts.features().forEach((feature, answer) -> json.with(feature.key(), answer.code()));
        return json.with("notes", facts.notes());
    }

    public Obj event(Event event) {
        LocalDateTime horizon = site.now().date().plusYears(OCCURRENCE_YEARS).atTime(23, 59);
        List<Obj> occurrences = Recurrence.occurrences(event).stream()
                .filter(o -> !o.start().isAfter(horizon))
                .map(o -> Json.obj().with("start", offset(o.start())).with("end", offset(o.end())))
                .toList();
        return Json.obj()
                .with("id", event.id())
                .with("url", urls.absolute(paths.event(event.id())))
                .with("title", event.title())
                .with("summary", event.summary())
                .with("descriptionHtml", urls.absoluteLinks(event.bodyHtml()))
                .with("place", event.place())
                .with("location", location(event.location()))
                .with("organization", reference(event.organization()))
                .with("start", offset(event.start()))
                .with("end", offset(event.end()))
                .with("rrule", rrule(event))
                .with("occurrences", occurrences)
                .withList("skip", event.skip().stream().map(Object::toString).toList())
                // outputs.md names registration on every event: null says no sign-up is needed
                .always("registration", event.registration())
                .with("audiences", event.audiences().stream().map(a -> a.code()).toList())
                .with("cancelled", event.cancelled())
                .with("image", image(event.image()))
                .with("calendar", urls.absolute(paths.eventCalendar(event.id())));
    }

    public Obj article(NewsArticle article) {
        return Json.obj()
                .with("id", article.id())
                .with("url", urls.absolute(paths.article(article.id())))
                .with("title", article.title())
                .with("date", article.date().toString())
                .with("author", article.author())
                .with("summary", article.summary())
                .with("contentHtml", urls.absoluteLinks(article.bodyHtml()))
                .with("places", article.places())
                .with("image", image(article.image()))
                .withList("attachments", article.attachments().stream()
                        .map(a -> Json.obj().with("url", urls.absolute(paths.file(a.file()))).with("title", a.title())
                                .with("bytes", a.bytes()))
                        .toList())
                .with("expires", article.expiryDate() == null ? null : offset(article.expiryDate()));
    }

    public Obj organization(Organization organization) {
        return Json.obj()
                .with("id", organization.id())
                .with("url", urls.absolute(paths.organization(organization.id())))
                .with("name", organization.name())
                .with("website", organization.url())
                .with("email", organization.email())
                .with("description", organization.description());
    }

    /** {@code FREQ=WEEKLY;COUNT=7;INTERVAL=2}, as in the iCalendar files; null for a one-off event. */
    String rrule(Event event) {
        return event.repeat() == null ? null : CalendarRules.of(event.repeat(), zone);
    }

    /** RFC 3339 with seconds and the offset in force then: {@code 2026-09-02T13:00:00+02:00}. */
    private String offset(LocalDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(zone));
    }

    private Obj reference(String organizationId) {
        if (organizationId == null || !organizations.containsKey(organizationId)) {
            return null;
        }
        return Json.obj().with("id", organizationId).with("name", organizations.get(organizationId).name());
    }

    private static Obj address(Address address) {
        if (address.equals(Address.NONE)) {
            return null;
        }
        return Json.obj().with("street", address.street()).with("postalCode", address.postalCode())
                .with("city", address.city()).with("area", address.area()).with("detail", address.detail());
    }

    private static Obj geo(Geo geo) {
        return geo == null ? null : Json.obj().with("lat", geo.lat()).with("lon", geo.lon());
    }

    private Obj location(EventLocation location) {
        return location == null ? null
                : Json.obj().with("name", location.name()).with("address", address(location.address()))
                        .with("geo", geo(location.geo()));
    }

    private Obj image(Image image) {
        return image == null ? null
                : Json.obj().with("url", urls.absolute(paths.file(image.src()))).with("alt", image.alt());
    }
}
