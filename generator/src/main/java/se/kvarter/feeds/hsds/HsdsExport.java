package se.kvarter.feeds.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.Json;
import se.kvarter.feeds.Licences;
import se.kvarter.feeds.Urls;
import se.kvarter.hours.Availabilities;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.Service;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;
import se.kvarter.output.OutputFile;

/**
 * The Open Referral HSDS 3.0 export under {@code /api/hsds/}: JSON arrays of the objects of the
 * HSDS schemas, with the schemas' field names and deterministic ids ({@link HsdsIds}).
 *
 * <p>An HSDS service is one organisation's service, delivered at one or more locations: so each
 * service id of {@code services.yaml} that an organisation's places offer becomes one service of
 * that organisation, linked to each of those places by a {@code service_at_location}. Places
 * become locations (hours as schedules, {@link HsdsSchedules}). A place that is not open stays in
 * the export, so that an importer that holds it learns it closed: its location says so and has no
 * schedules, the service-at-location that links it says so too (a service shared with open places
 * stays {@code active}), and a service that no open place gives any more is {@code temporarily
 * closed} while one of its places is, else {@code defunct}. {@code services.json} holds each
 * service fully nested (its organisation, and its service-at-locations with their locations), as
 * the HSDS API's {@code /services/{id}} returns it; the other files hold each kind once, linked by
 * id. Ids of a place's objects are those of its first id ({@link HsdsIds#firstId}).
 */
public final class HsdsExport {

    static final String DIR = "api/hsds/";
    public static final String SERVICES = DIR + "services.json";

    private final Site site;
    private final Urls urls;
    private final HsdsIds ids;
    private final HsdsLocations locations;
    private final HsdsText text;
    private final Map<String, Organization> organizations;
    private final Map<String, Service> services;

    public HsdsExport(Site site, Urls urls, Availabilities availabilities) {
        SiteSettings settings = site.settings();
        this.site = site;
        this.urls = urls;
        this.ids = new HsdsIds(settings.baseUrl());
        this.organizations = site.defaultEdition().organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        this.services = site.services().stream().collect(Collectors.toMap(Service::id, Function.identity()));
        this.text = new HsdsText(settings.language());
        String zone = settings.timezone().getId();
        this.locations = new HsdsLocations(ids, urls, text,
                new HsdsSchedules(ids, text, availabilities, zone), settings.language(), organizations.keySet());
    }

    public List<OutputFile> files(Json json) {
        List<Place> places = site.defaultEdition().places();
        List<Obj> locationList = places.stream().map(locations::location).toList();
        List<Obj> schedules = new ArrayList<>();
        for (Obj location : locationList) {
            Object list = location.get("schedules");
            if (list instanceof List<?> items) {
                items.forEach(s -> schedules.add((Obj) s));
            }
        }
        // each location is nested in every service given there: written as text once, for
        // locations.json and three levels deep in a service (its service_at_locations, one of
        // them, its location)
        List<String> locationTexts = locationList.stream().map(json::text).toList();
        Map<String, Object> locationsByPlace = new TreeMap<>();
        for (int i = 0; i < places.size(); i++) {
            locationsByPlace.put(places.get(i).id(), json.nestedText(locationTexts.get(i), 3));
        }
        List<Obj> fullServices = new ArrayList<>();
        List<Obj> links = new ArrayList<>();
        for (Map.Entry<String, List<Place>> entry : offered(places).entrySet()) {
            List<Place> at = entry.getValue();
            String serviceId = ids.of("service", entry.getKey());
            List<Obj> nested = new ArrayList<>();
            for (Place place : at) {
                Obj link = Json.obj()
                        .with("id", ids.of("service_at_location", entry.getKey() + "@" + HsdsIds.firstId(place)))
                        .with("service_id", serviceId)
                        .with("location_id", locations.id(place))
                        // the service may go on elsewhere: the link says it is not given here
                        .with("description", place.availability().isOpen() ? null
                                : HsdsText.sentences(List.of(text.status(place.availability().status()))));
                links.add(link);
                nested.add(copy(link).with("location", locationsByPlace.get(place.id())));
            }
            fullServices.add(service(entry.getKey(), at).with("service_at_locations", nested));
        }
        List<Obj> organizationList = site.defaultEdition().organizations().stream().map(this::organization).toList();
        return List.of(
                json.file(DIR + "index.json", index()),
                json.file(DIR + "organizations.json", organizationList),
                json.file(SERVICES, fullServices),
                json.list(DIR + "locations.json", locationTexts, text -> json.nestedText(text, 0)),
                json.file(DIR + "service_at_locations.json", links),
                json.file(DIR + "schedules.json", schedules));
    }

    /**
     * The places offering each service, by the service's key {@code <organisation>/<service>}
     * ({@code /<service>} for places without an organisation), in key order.
     */
    private Map<String, List<Place>> offered(List<Place> places) {
        Map<String, List<Place>> offered = new TreeMap<>();
        for (Place place : places) {
            String runBy = place.runBy().organization();
            String organization = runBy != null && organizations.containsKey(runBy) ? runBy : "";
            for (String service : place.about().services()) {
                offered.computeIfAbsent(organization + "/" + service, k -> new ArrayList<>()).add(place);
            }
        }
        return offered;
    }

    private Obj service(String key, List<Place> at) {
        String organization = key.substring(0, key.indexOf('/'));
        String serviceId = key.substring(key.indexOf('/') + 1);
        String language = site.settings().language();
        return Json.obj()
                .with("id", ids.of("service", key))
                .with("organization_id", organization.isEmpty() ? null : ids.of("organization", organization))
                .with("name", services.get(serviceId).label(language, language))
                .with("url", urls.absolute(urls.paths().service(serviceId)))
                .with("status", status(at))
                .with("organization", organization.isEmpty() ? null : organization(organizations.get(organization)));
    }

    /**
     * HSDS's service status: {@code active} while any of its places is open, else {@code
     * temporarily closed} while one of them is, else (every place closed for good) {@code defunct}.
     */
    static String status(List<Place> at) {
        if (at.stream().anyMatch(p -> p.availability().isOpen())) {
            return "active";
        }
        return at.stream().anyMatch(p -> p.availability().status() == PlaceStatus.TEMPORARILY_CLOSED)
                ? "temporarily closed" : "defunct";
    }

    /** HSDS requires a description: the organisation's own, else its name. */
    private Obj organization(Organization organization) {
        return Json.obj()
                .with("id", ids.of("organization", organization.id()))
                .with("name", organization.name())
                .with("description", organization.description() != null ? organization.description() : organization.name())
                .with("email", organization.email())
                .with("website", organization.url());
    }

    /** The HSDS API's entry point ({@code GET /}: {@code version}) with links to the files and how to read the times. */
    private Obj index() {
        SiteSettings settings = site.settings();
        String base = settings.baseUrl() + DIR;
        return Json.obj()
                .with("version", "3.0")
                .with("title", settings.title())
                .with("publisher", settings.publisher() == null ? null : settings.publisher().name())
                .with("license", Licences.iri(settings.dataLicense()))
                .with("organizations", base + "organizations.json")
                .with("services", base + "services.json")
                .with("locations", base + "locations.json")
                .with("service_at_locations", base + "service_at_locations.json")
                .with("schedules", base + "schedules.json")
                .with("time_zone", settings.timezone().getId())
                .with("notes", "services.json nests each service's organization and service_at_locations with their "
                        + "locations. Schedule times (opens_at, closes_at) are local times in " + settings.timezone().getId()
                        + "; a closes_at at or before opens_at is on the next day (00:00 is midnight). A schedule "
                        + "holds only from valid_from to valid_to: a day that no schedule covers is closed or its hours "
                        + "are not known (see the place's page), and schedules reach one year ahead of the build, which "
                        + "is repeated daily. Hours for one group only have a description starting with who they are "
                        + "for. A location of a place that has closed says so in its description and has no schedules. "
                        + "Ids are name-based UUIDs (version 5) and stay the same from build to build, also when a place "
                        + "is renamed.");
    }

    private static Obj copy(Obj object) {
        Obj copy = Json.obj();
        copy.putAll(object);
        return copy;
    }
}
