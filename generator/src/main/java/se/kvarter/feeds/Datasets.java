package se.kvarter.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvarter.feeds.calendar.CalendarWriter;
import se.kvarter.feeds.dcat.DcatCatalog;
import se.kvarter.feeds.hsds.HsdsExport;
import se.kvarter.feeds.news.NewsFeeds;
import se.kvarter.model.Dataset;

/** The catalogue of the site's open-data files: what each is, in Swedish and English. */
public final class Datasets {

    private Datasets() {
    }

    /** Every dataset the build writes, in the order the open-data page lists them. */
    public static List<Dataset> all() {
        return List.of(
                json("places", "Platser", "Places",
                        "Alla platser med adress, öppettider för de närmaste fyra veckorna, tjänster och tillgänglighet.",
                        "Every place with its address, opening hours for the next four weeks, services and accessibility."),
                json("events", "Evenemang", "Events",
                        "Alla evenemang med tid, plats och alla tillfällen det närmaste året.",
                        "Every event with its time, place and every occurrence in the coming year."),
                json("news", "Nyheter", "News",
                        "Nyheterna, de senaste först.", "The news, newest first."),
                json("organizations", "Organisationer", "Organisations",
                        "Organisationerna som driver och samarbetar kring platserna.",
                        "The organisations that run the places or partner in them."),
                new Dataset("places-geojson", Map.of("sv", "Platser på karta", "en", "Places on a map"),
                        Map.of("sv", "Platserna med koordinater som GeoJSON (RFC 7946), för kartor.",
                                "en", "The places with coordinates as GeoJSON (RFC 7946), for maps."),
                        OpenDataWriter.GEOJSON, "application/geo+json", null, null),
                new Dataset("news-atom", Map.of("sv", "Nyheter som Atom-flöde", "en", "News as an Atom feed"),
                        Map.of("sv", "De senaste nyheterna i Atom 1.0, för flödesläsare.",
                                "en", "The latest news in Atom 1.0, for feed readers."),
                        NewsFeeds.ATOM, "application/atom+xml", null, null),
                new Dataset("news-jsonfeed", Map.of("sv", "Nyheter som JSON Feed", "en", "News as a JSON Feed"),
                        Map.of("sv", "De senaste nyheterna i JSON Feed 1.1.", "en", "The latest news in JSON Feed 1.1."),
                        NewsFeeds.JSON_FEED, "application/feed+json", null, null),
                new Dataset("hsds", Map.of("sv", "Tjänster och platser enligt HSDS", "en", "Services and places in HSDS"),
                        Map.of("sv", "Organisationer, tjänster, platser och öppettider enligt Open Referral HSDS 3.0, "
                                        + "för tjänstekataloger. Tjänsterna med allt som hör till dem; de andra filerna "
                                        + "finns under api/hsds/, med index.json som ingång.",
                                "en", "Organisations, services, places and opening hours in Open Referral HSDS 3.0, "
                                        + "for service directories. The services with everything that belongs to them; "
                                        + "the other files are under api/hsds/, with index.json as the entry point."),
                        HsdsExport.SERVICES, "application/json", null, null),
                new Dataset("events-ics", Map.of("sv", "Evenemang i kalenderformat", "en", "Events as iCalendar"),
                        Map.of("sv", "Kommande evenemang och de som slutat de senaste 90 dagarna som iCalendar (RFC 5545), "
                                        + "att prenumerera på i en kalender. "
                                        + "Varje evenemang och varje plats öppettider finns också som en egen fil.",
                                "en", "Coming events and those that ended in the last 90 days as iCalendar (RFC 5545), "
                                        + "to subscribe to in a calendar. "
                                        + "Each event and each place's opening hours are also a file of their own."),
                        CalendarWriter.EVENTS, "text/calendar", null, null));
    }

    /**
     * The other files the open-data page shows after the datasets (outputs.md: it lists every
     * feed): one entry's own files, with the given place and event as examples (null when the site
     * has none), and the DCAT-AP-SE catalogue of the datasets. They are not datasets of their own,
     * so {@code index.json} lists them as item files and catalogue, and the catalogue leaves them out.
     */
    public static List<Dataset> otherFiles(String placeId, String eventId) {
        List<Dataset> files = new ArrayList<>();
        if (placeId != null) {
            files.add(new Dataset("place", Map.of("sv", "En plats", "en", "One place"),
                    Map.of("sv", "Varje plats har också en egen fil, " + OpenDataWriter.API + "places/<id>.json, med samma "
                                    + "fält som i listan över alla platser. Adressen nedan är ett exempel.",
                            "en", "Each place also has a file of its own, " + OpenDataWriter.API + "places/<id>.json, with the "
                                    + "same fields as in the list of all places. The address below is an example."),
                    OpenDataWriter.API + "places/" + placeId + ".json", "application/json",
                    OpenDataWriter.schemaPath("place"), null));
            files.add(new Dataset("place-ics", Map.of("sv", "En plats öppettider i kalenderformat",
                            "en", "One place's opening hours as iCalendar"),
                    Map.of("sv", "Varje plats öppettider som återkommande händelser i iCalendar (RFC 5545), med "
                                    + "stängda dagar som undantag: calendar/places/<id>.ics. Adressen nedan är ett exempel.",
                            "en", "Each place's opening hours as recurring events in iCalendar (RFC 5545), with closed "
                                    + "days left out: calendar/places/<id>.ics. The address below is an example."),
                    "calendar/places/" + placeId + ".ics", "text/calendar", null, null));
        }
        if (eventId != null) {
            files.add(new Dataset("event-ics", Map.of("sv", "Ett evenemang i kalenderformat", "en", "One event as iCalendar"),
                    Map.of("sv", "Varje evenemang som iCalendar (RFC 5545): calendar/events/<id>.ics. Adressen nedan är ett exempel.",
                            "en", "Each event as iCalendar (RFC 5545): calendar/events/<id>.ics. The address below is an example."),
                    "calendar/events/" + eventId + ".ics", "text/calendar", null, null));
        }
        files.add(new Dataset("dcat-rdf", Map.of("sv", "Katalog för Sveriges dataportal (DCAT-AP-SE)",
                        "en", "Catalogue for the Swedish data portal (DCAT-AP-SE)"),
                Map.of("sv", "Beskrivningen av alla dataset ovan enligt DCAT-AP-SE i RDF/XML, som dataportal.se hämtar.",
                        "en", "The description of every dataset above in DCAT-AP-SE as RDF/XML, which dataportal.se harvests."),
                DcatCatalog.RDF_XML, "application/rdf+xml", null, null));
        files.add(new Dataset("dcat-jsonld", Map.of("sv", "Katalogen som JSON-LD", "en", "The catalogue as JSON-LD"),
                Map.of("sv", "Samma katalog i JSON-LD.", "en", "The same catalogue in JSON-LD."),
                DcatCatalog.JSON_LD, "application/ld+json", null, null));
        return files;
    }

    private static Dataset json(String id, String sv, String en, String descriptionSv, String descriptionEn) {
        return new Dataset(id, Map.of("sv", sv, "en", en), Map.of("sv", descriptionSv, "en", descriptionEn),
                OpenDataWriter.API + id + ".json", "application/json", OpenDataWriter.schemaPath(id), null);
    }
}
