package se.kvarter.feeds.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.Json;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Address;
import se.kvarter.model.Geo;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;

/**
 * A place as an HSDS 3.0 location: a physical location with its address, position, the
 * languages spoken there, its e-mail and phone, its accessibility and its weekly schedules,
 * each related object with its own id and the location's {@code location_id}.
 *
 * <p>Every id is named by the place's first id ({@link HsdsIds#firstId}), so that a renamed place
 * keeps its location and related objects in an importer's database. A place that is not open
 * stays a location (an importer that holds it must learn that it closed): its description starts
 * with its status ("Stängt för gott.") and it has no schedules, HSDS's way of claiming no day.
 */
final class HsdsLocations {

    private final HsdsIds ids;
    private final Urls urls;
    private final SitePaths paths;
    private final HsdsText text;
    private final HsdsSchedules schedules;
    private final Locale language;
    private final Set<String> organizations;

    /**
     * @param organizations the ids of the organisations the export has, which a location may name
     */
    HsdsLocations(HsdsIds ids, Urls urls, HsdsText text, HsdsSchedules schedules, String language,
                  Set<String> organizations) {
        this.ids = ids;
        this.urls = urls;
        this.paths = urls.paths();
        this.text = text;
        this.schedules = schedules;
        this.language = Locale.forLanguageTag(language);
        this.organizations = Set.copyOf(organizations);
    }

    String id(Place place) {
        return ids.of("location", HsdsIds.firstId(place));
    }

    Obj location(Place place) {
        String id = id(place);
        String key = HsdsIds.firstId(place);
        String page = urls.absolute(paths.place(place.id()));
        String organization = place.runBy().organization();
        Geo geo = place.location().geo();
        return Json.obj()
                .with("id", id)
                .with("location_type", "physical")
                .with("organization_id", organization != null && organizations.contains(organization)
                        ? ids.of("organization", organization) : null)
                .with("name", place.name())
                .with("description", description(place))
                .with("latitude", geo == null ? null : geo.lat())
                .with("longitude", geo == null ? null : geo.lon())
                // the page is the one identifier of the place that a person and a program can both use
                .with("external_identifier", page)
                .with("external_identifier_type", "url")
                .withList("languages", languages(place, key, id))
                .withList("addresses", address(place, key, id))
                .withList("contacts", contacts(place, key, id))
                .withList("phones", phones(place, key, id))
                .withList("accessibility", accessibility(place, key, id, page))
                .withList("schedules", schedules.of(place, key, id, page + "#k-oppettider"));
    }

    /** The summary; for a place that is not open, its status first, which no consumer can miss. */
    private String description(Place place) {
        if (place.availability().isOpen()) {
            return place.about().summary();
        }
        List<String> parts = new ArrayList<>();
        parts.add(text.status(place.availability().status()));
        if (place.about().summary() != null && !place.about().summary().isBlank()) {
            parts.add(place.about().summary());
        }
        return HsdsText.sentences(parts);
    }

    private List<Obj> languages(Place place, String key, String locationId) {
        List<Obj> languages = new ArrayList<>();
        for (String code : place.about().languages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(language);
            languages.add(Json.obj()
                    .with("id", ids.of("language", key + "/" + code))
                    .with("location_id", locationId)
                    .with("name", name.isEmpty() ? code : name)
                    .with("code", code));
        }
        return languages;
    }

    /**
     * The address, when its street, postal code and city are known: HSDS requires each of them,
     * and an address with an empty part is no address an importer can use (the place's page,
     * position and description still say where it is). HSDS also requires
     * {@code state_province}, a part Swedish addresses do not have: the postal town (postort),
     * the highest part of a Swedish postal address, stands in for it rather than an empty string.
     */
    private List<Obj> address(Place place, String key, String locationId) {
        Address address = place.location().address();
        if (address.street() == null || address.postalCode() == null || address.city() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("address", key))
                .with("location_id", locationId)
                .with("address_1", address.street())
                .with("address_2", address.detail())
                .with("city", address.city())
                .with("state_province", address.city())
                .with("postal_code", address.postalCode())
                .with("country", "SE")
                .with("address_type", "physical"));
    }

    private List<Obj> contacts(Place place, String key, String locationId) {
        if (place.contact().email() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("contact", key))
                .with("location_id", locationId)
                .with("name", place.name())
                .with("email", place.contact().email()));
    }

    private List<Obj> phones(Place place, String key, String locationId) {
        if (place.contact().phone() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("phone", key))
                .with("location_id", locationId)
                .with("number", place.contact().phone())
                .with("type", "voice"));
    }

    /** One entry: the known facts as text, the free-text notes as details, and the page's accessibility section. */
    private List<Obj> accessibility(Place place, String key, String locationId, String page) {
        String facts = text.accessibility(place.accessibility());
        String notes = place.accessibility().notes();
        if (facts == null && notes == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("accessibility", key))
                .with("location_id", locationId)
                .with("description", facts != null ? facts : notes)
                .with("details", facts != null ? notes : null)
                .with("url", page + "#k-tillganglighet"));
    }
}
