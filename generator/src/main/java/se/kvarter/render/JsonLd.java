package se.kvarter.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.hours.Recurrence;
import se.kvarter.model.Address;
import se.kvarter.model.Entrance;
import se.kvarter.model.Event;
import se.kvarter.model.Geo;
import se.kvarter.model.Image;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;
import se.kvarter.model.SiteSettings;

/**
 * schema.org JSON-LD for the main entity of a page. The text is escaped so that nothing in the
 * content can end the {@code <script>} element it sits in.
 */
final class JsonLd {

    private final ObjectWriter writer;
    private final EditionContext edition;

    JsonLd(ObjectMapper mapper, EditionContext edition) {
        this.writer = mapper.writer().with(new ScriptSafe());
        this.edition = edition;
    }

    /**
     * JSON escapes that keep the text inside its {@code <script>} element: {@code <}, {@code >}
     * and {@code &} written as JSON escapes of their code points (003c, 003e and 0026, lower case)
     * while the JSON is written (every page has its JSON-LD; replacing them afterwards read it three
     * times).
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
        private static final SerializedString GREATER_THAN = new SerializedString("\\u003e");
        private static final SerializedString AMPERSAND = new SerializedString("\\u0026");
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = ESCAPE_CUSTOM;
            escapes['>'] = ESCAPE_CUSTOM;
            escapes['&'] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LESS_THAN;
                case '>' -> GREATER_THAN;
                case '&' -> AMPERSAND;
                default -> null;
            };
        }
    }

    String website() {
        SiteSettings settings = edition.site().settings();
        Map<String, Object> site = object("WebSite");
        site.put("name", settings.title(edition.language()));
        put(site, "description", settings.description(edition.language()));
        site.put("url", edition.absolute(edition.paths().home()));
        site.put("inLanguage", edition.language());
        if (settings.publisher() != null) {
            Map<String, Object> publisher = object("Organization");
            publisher.put("name", settings.publisher().name());
            put(publisher, "url", settings.publisher().url());
            put(publisher, "email", settings.publisher().email());
            site.put("publisher", publisher);
        }
        return write(site);
    }

    /**
     * A place as a {@code LocalBusiness}: schema.org's "particular physical business or branch of
     * an organization", a subtype of both {@code Place} (address, geo, amenityFeature, hours) and
     * {@code Organization} (email, which {@code Place} does not have, and offers). A reader that
     * knows only {@code Place} still reads it as one.
     */
    String place(Place place, Map<String, Object> openingHours) {
        Map<String, Object> json = object("LocalBusiness");
        json.put("@id", edition.absolute(edition.paths().place(place.id())) + "#place");
        json.put("name", place.name());
        put(json, "description", place.about().summary());
        json.put("url", edition.absolute(edition.paths().place(place.id())));
        Map<String, Object> address = address(place.location().address());
        if (address != null) {
            json.put("address", address);
        }
        Geo position = place.location().geo();
        if (position != null) {
            Map<String, Object> geo = object("GeoCoordinates");
            geo.put("latitude", position.lat());
            geo.put("longitude", position.lon());
            json.put("geo", geo);
        }
        put(json, "telephone", place.contact().phone());
        put(json, "email", place.contact().email());
        Image image = place.about().image();
        if (image != null) {
            json.put("image", edition.absolute(edition.paths().file(image.src())));
        }
        List<Object> features = new ArrayList<>();
        Entrance entrance = place.accessibility().entrance();
        if (entrance != Entrance.UNKNOWN) {
            Map<String, Object> feature = object("LocationFeatureSpecification");
            feature.put("name", edition.text().get("access.entrance"));
            feature.put("value", edition.text().get("entrance." + entrance.code()));
            features.add(feature);
        }
        if (!features.isEmpty()) {
            json.put("amenityFeature", features);
        }
        json.putAll(openingHours);
        return write(json);
    }

    /**
     * An event: its next occurrence (or its last, when it is over) as start and end with offsets,
     * where it is, who organises it, whether it is cancelled, and for a repeating event its
     * schedule.
     */
    String event(Event event, Recurrence.Occurrence shown) {
        Map<String, Object> json = object("Event");
        json.put("name", event.title());
        put(json, "description", event.summary());
        json.put("url", edition.absolute(edition.paths().event(event.id())));
        json.put("inLanguage", event.language());
        ZoneId zone = edition.site().settings().timezone();
        json.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(shown.start().atZone(zone)));
        json.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(shown.end().atZone(zone)));
        json.put("eventStatus", "https://schema.org/" + (event.cancelled() ? "EventCancelled" : "EventScheduled"));
        json.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        Place place = event.place() == null ? null : edition.places().get(event.place());
        if (place != null) {
            Map<String, Object> location = object("Place");
            location.put("name", place.name());
            location.put("url", edition.absolute(edition.paths().place(place.id())));
            Map<String, Object> address = address(place.location().address());
            if (address != null) {
                location.put("address", address);
            }
            json.put("location", location);
        } else if (event.location() != null) {
            Map<String, Object> location = object("Place");
            location.put("name", event.location().name());
            Map<String, Object> address = address(event.location().address());
            if (address != null) {
                location.put("address", address);
            }
            json.put("location", location);
        }
        Organization organizer = event.organization() == null ? null : edition.organizations().get(event.organization());
        if (organizer != null) {
            Map<String, Object> org = object("Organization");
            org.put("name", organizer.name());
            org.put("url", edition.absolute(edition.paths().organization(organizer.id())));
            json.put("organizer", org);
        }
        if (event.repeat() != null) {
            Map<String, Object> schedule = object("Schedule");
            schedule.put("startDate", event.start().toLocalDate().toString());
            schedule.put("startTime", event.start().toLocalTime().toString());
            schedule.put("endTime", event.end().toLocalTime().toString());
            schedule.put("scheduleTimezone", zone.getId());
            schedule.put("repeatFrequency", repeatFrequency(event));
            if (event.repeat().count() != null) {
                schedule.put("repeatCount", event.repeat().count());
            } else {
                schedule.put("endDate", event.repeat().until().toString());
            }
            if (!event.skip().isEmpty()) {
                schedule.put("exceptDate", event.skip().stream().map(Object::toString).toList());
            }
            json.put("eventSchedule", schedule);
        }
        put(json, "image", event.image() == null ? null : edition.absolute(edition.paths().file(event.image().src())));
        return write(json);
    }

    /** ISO 8601 duration of the repetition: {@code P2W}. */
    private static String repeatFrequency(Event event) {
        return "P" + event.repeat().interval() + switch (event.repeat().unit()) {
            case DAYS -> "D";
            case WEEKS -> "W";
            case MONTHS -> "M";
        };
    }

    /** Any other page: a web page (or a collection of entries) of the site, in the page's language. */
    String webPage(String type, String name, String url) {
        Map<String, Object> json = object(type);
        json.put("name", name);
        json.put("url", url);
        json.put("inLanguage", edition.language());
        Map<String, Object> site = object("WebSite");
        site.put("name", edition.site().settings().title(edition.language()));
        site.put("url", edition.absolute(edition.paths().home()));
        json.put("isPartOf", site);
        return write(json);
    }

    String article(NewsArticle article) {
        Map<String, Object> json = object("NewsArticle");
        json.put("headline", article.title());
        json.put("datePublished", article.date().toString());
        json.put("url", edition.absolute(edition.paths().article(article.id())));
        json.put("inLanguage", article.language());
        put(json, "description", article.summary());
        if (article.author() != null) {
            Map<String, Object> author = object("Person");
            author.put("name", article.author());
            json.put("author", author);
        }
        if (article.image() != null) {
            json.put("image", edition.absolute(edition.paths().file(article.image().src())));
        }
        return write(json);
    }

    String organization(Organization organization) {
        Map<String, Object> json = object("Organization");
        json.put("name", organization.name());
        json.put("url", edition.absolute(edition.paths().organization(organization.id())));
        put(json, "sameAs", organization.url());
        put(json, "email", organization.email());
        put(json, "description", organization.description());
        return write(json);
    }

    Map<String, Object> address(Address address) {
        if (address.street() == null && address.city() == null && address.postalCode() == null) {
            return null;
        }
        Map<String, Object> json = object("PostalAddress");
        put(json, "streetAddress", address.street());
        put(json, "postalCode", address.postalCode());
        put(json, "addressLocality", address.city());
        json.put("addressCountry", "SE");
        return json;
    }

    static Map<String, Object> object(String type) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", type);
        return json;
    }

    static void put(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /** The JSON text, with {@code <}, {@code >} and {@code &} escaped so it cannot leave its script element. */
    String write(Map<String, Object> entity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.putAll(entity);
        try {
            return writer.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
