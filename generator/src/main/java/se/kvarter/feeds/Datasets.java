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
                        "The organisations that run the places or partner in them."));
    }

    private static Dataset json(String id, String sv, String en, String descriptionSv, String descriptionEn) {
        return new Dataset(id, Map.of("sv", sv, "en", en), Map.of("sv", descriptionSv, "en", descriptionEn),
                OpenDataWriter.API + id + ".json", "application/json", OpenDataWriter.API + "schema/" + id + ".schema.json");
    }
}
