package se.kvarter.feeds.api;

import java.util.ArrayList;
import java.util.List;
import se.kvarter.feeds.Json;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.Urls;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.OsmOpeningHours;
import se.kvarter.model.Address;
import se.kvarter.model.Geo;
import se.kvarter.model.Place;
import se.kvarter.model.Site;

/**
 * The places with coordinates as an RFC 7946 GeoJSON FeatureCollection: points in
 * longitude, latitude order (WGS84, no {@code crs} member), each with the facts a map needs.
 */
public final class GeoJson {

    private final Urls urls;
    private final Availabilities availabilities;

    public GeoJson(Urls urls, Availabilities availabilities) {
        this.urls = urls;
        this.availabilities = availabilities;
    }

    public Obj collection(Site site) {
        return collection(site, Integer.MAX_VALUE);
    }

    /** The collection with at most {@code limit} features: the start of the file, for an example of it. */
    public Obj collection(Site site, int limit) {
        List<Obj> features = new ArrayList<>();
        for (Place place : site.defaultEdition().places()) {
            Geo geo = place.location().geo();
            Address address = place.location().address();
            if (geo == null) {
                continue;
            }
            if (features.size() == limit) {
                break;
            }
            features.add(Json.obj()
                    .with("type", "Feature")
                    .with("id", place.id())
                    .with("geometry", Json.obj()
                            .with("type", "Point")
                            .with("coordinates", List.of(geo.lon(), geo.lat())))
                    .with("properties", Json.obj()
                            .with("id", place.id())
                            .with("name", place.name())
                            .with("url", urls.absolute(urls.paths().place(place.id())))
                            .with("type", place.about().type().code())
                            .with("status", place.availability().status().code())
                            .with("summary", place.about().summary())
                            .with("street", address.street())
                            .with("postalCode", address.postalCode())
                            .with("city", address.city())
                            .with("area", address.area())
                            .with("entrance", place.accessibility().entrance().code())
                            .with("openingHours", OsmOpeningHours.format(availabilities.of(place), site.settings().language()))
                            .with("services", place.about().services())));
        }
        return Json.obj().with("type", "FeatureCollection").with("features", features);
    }
}
