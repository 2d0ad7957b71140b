package se.kvarter.render;

import java.util.List;

/**
 * A place in a list: enough to choose it. What it is comes first; where it is, whether one can
 * come today and how to get in are parts of their own, as on the place's page.
 *
 * @param type         the kind of place in words
 * @param lang         the language of the name when it is not the page's, else null
 * @param summaryLang  the language of the summary when it is not the page's, else null
 * @param location     its area, address and position
 * @param availability its status and today's hours
 * @param access       how to get in
 * @param filters      what the in-page filter of the places list matches on
 */
public record PlaceCard(String id, String url, String name, String lang, String type, String summary,
                        String summaryLang, Location location, Availability availability, Access access,
                        Filters filters) {

    /**
     * Where the place is.
     *
     * @param area    the district that groups places, or null
     * @param address the address on one line, or null
     * @param lat     the latitude for the "near me" script, in decimal degrees to four places (about
     *                ten metres, enough to sort by distance), null when the place has no position
     * @param lon     its longitude, likewise
     */
    public record Location(String area, String address, String lat, String lon) {
    }

    /**
     * Whether one can come today.
     *
     * @param status    "Tillfälligt stängt" or "Stängt", null when open
     * @param today     today's hours in words, or null when the place has no hours
     * @param openToday whether it opens at all today
     * @param open      the place's availability in the coming days for the "open now" script (open for
     *                  everyone, for an audience, unknown; see {@code PlaceViews.openPeriods}); null when
     *                  the place is not open or has no hours
     */
    public record Availability(String status, Phrase today, boolean openToday, String open) {
    }

    /**
     * How to get in.
     *
     * @param entrance the entrance in words ("Entré utan trappsteg")
     * @param stepFree whether the entrance has no steps (step-free, a ramp or a lift)
     */
    public record Access(String entrance, boolean stepFree) {
    }

    /** The codes a place is filtered by: area slug, service ids, audiences and languages spoken. */
    public record Filters(String area, List<String> services, List<String> audiences, List<String> languages) {

        public Filters {
            services = List.copyOf(services);
            audiences = List.copyOf(audiences);
            languages = List.copyOf(languages);
        }

        /** Space-separated, as an HTML data attribute holds a list. */
        public String servicesText() {
            return String.join(" ", services);
        }

        public String audiencesText() {
            return String.join(" ", audiences);
        }

        public String languagesText() {
            return String.join(" ", languages);
        }
    }
}
