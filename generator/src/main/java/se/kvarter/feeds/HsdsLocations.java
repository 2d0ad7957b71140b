package se.kvarter.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.model.Address;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;

/**
 * A place as an HSDS 3.0 location: a physical location with its address, position, the
 * languages spoken there, its e-mail and phone, its accessibility and its weekly schedules,
 * each related object with its own id and the location's {@code location_id}.
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
        return ids.of("location", place.id());
    }

    Obj location(Place place) {
        String id = id(place);
        String page = urls.absolute(paths.place(place.id()));
        return Json.obj()
                .with("id", id)
                .with("location_type", "physical")
                .with("organization_id", place.organization() != null && organizations.contains(place.organization())
                        ? ids.of("organization", place.organization()) : null)
                .with("name", place.name())
                .with("description", place.summary())
                .with("latitude", place.geo() == null ? null : place.geo().lat())
                .with("longitude", place.geo() == null ? null : place.geo().lon())
                // the page is the one identifier of the place that a person and a program can both use
                .with("external_identifier", page)
                .with("external_identifier_type", "url")
                .withList("languages", languages(place, id))
                .withList("addresses", address(place, id))
                .withList("contacts", contacts(place, id))
                .withList("phones", phones(place, id))
                .withList("accessibility", accessibility(place, id, page))
                .withList("schedules", schedules.of(place, id, page + "#k-oppettider"));
    }

    private List<Obj> languages(Place place, String locationId) {
        List<Obj> languages = new ArrayList<>();
        for (String code : place.languages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(language);
            languages.add(Json.obj()
                    .with("id", ids.of("language", place.id() + "/" + code))
                    .with("location_id", locationId)
                    .with("name", name.isEmpty() ? code : name)
                    .with("code", code));
        }
        return languages;
    }

    /**
     * The address when its street, postal code or city is known. HSDS requires every part; what
     * kvarter does not know is written empty, and {@code state_province} always is (Swedish
     * addresses have none).
     */
    private List<Obj> address(Place place, String locationId) {
        Address address = place.address();
        if (address.street() == null && address.postalCode() == null && address.city() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("address", place.id()))
                .with("location_id", locationId)
                .with("address_1", address.street() == null ? "" : address.street())
                .with("address_2", address.detail())
                .with("city", address.city() == null ? "" : address.city())
                .with("state_province", "")
                .with("postal_code", address.postalCode() == null ? "" : address.postalCode())
                .with("country", "SE")
                .with("address_type", "physical"));
    }

    private List<Obj> contacts(Place place, String locationId) {
        if (place.contact().email() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("contact", place.id()))
                .with("location_id", locationId)
                .with("name", place.name())
                .with("email", place.contact().email()));
    }

    private List<Obj> phones(Place place, String locationId) {
        if (place.contact().phone() == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("phone", place.id()))
                .with("location_id", locationId)
                .with("number", place.contact().phone())
                .with("type", "voice"));
    }

    /** One entry: the known facts as text, the free-text notes as details, and the page's accessibility section. */
    private List<Obj> accessibility(Place place, String locationId, String page) {
        String facts = text.accessibility(place.accessibility());
        String notes = place.accessibility().notes();
        if (facts == null && notes == null) {
            return List.of();
        }
        return List.of(Json.obj()
                .with("id", ids.of("accessibility", place.id()))
                .with("location_id", locationId)
                .with("description", facts != null ? facts : notes)
                .with("details", facts != null ? notes : null)
                .with("url", page + "#k-tillganglighet"));
    }
}
