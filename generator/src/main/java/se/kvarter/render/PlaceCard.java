package se.kvarter.render;

import java.util.List;

/**
 * A place in a list: enough to choose it.
 *
 * @param today    today's hours in words, or null when the place has no hours
 * @param access   the entrance in words ("Entré utan trappsteg")
 * @param status   "Tillfälligt stängt" or "Stängt", null when open
 * @param lang     the language of the name when it is not the page's, else null
 * @param summaryLang the language of the summary when it is not the page's, else null
 * @param filters  what the in-page filter of the places list matches on
 * @param open     the place's availability in the coming days for the "open now" script (open for
 *                 everyone, for an audience, unknown; see {@code PlaceViews.openPeriods}); null when
 *                 the place is not open or has no hours
 * @param lat      the place's latitude for the "near me" script, in decimal degrees to four places
 *                 (about ten metres, enough to sort by distance), null when the place has no position
 * @param lon      its longitude, likewise
 */
public record PlaceCard(String id, String url, String name, String type, String summary, String area, String address,
                        Phrase today, boolean openToday, String access, boolean stepFree, String status, String lang,
                        String summaryLang, Filters filters, String open, String lat, String lon) {

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
