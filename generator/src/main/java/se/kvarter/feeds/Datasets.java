package se.kvarter.feeds;

import java.util.List;
import java.util.Map;
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
                        Map.of("sv", "Alla evenemang som iCalendar (RFC 5545), att prenumerera på i en kalender. "
                                        + "Varje evenemang och varje plats öppettider finns också som en egen fil.",
                                "en", "Every event as iCalendar (RFC 5545), to subscribe to in a calendar. "
                                        + "Each event and each place's opening hours are also a file of their own."),
                        CalendarWriter.EVENTS, "text/calendar", null, null));
    }

    private static Dataset json(String id, String sv, String en, String descriptionSv, String descriptionEn) {
        return new Dataset(id, Map.of("sv", sv, "en", en), Map.of("sv", descriptionSv, "en", descriptionEn),
                OpenDataWriter.API + id + ".json", "application/json", OpenDataWriter.schemaPath(id), null);
    }
}
