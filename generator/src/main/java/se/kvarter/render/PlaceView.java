package se.kvarter.render;

import java.util.List;

/**
 * Everything the place page shows, in words, in the order a visitor needs it.
 *
 * @param statusNotice a sentence when the place is closed or closed for now, else null
 * @param replacedBy   the place that took over, or null
 * @param address      the address lines (street, postal code and city, detail)
 * @param mapUrl       a map link when the place has coordinates, else null
 * @param transitUrl   directions by public transport from the site's journey planner, or null without one
 * @param access       the accessibility facts as label/value pairs
 * @param poster       the place's printable poster
 * @param bodyLang     the language of the description when it is not the page's, else null; so
 *                     for the accessibility notes and the notes on the hours
 * @param lastChecked  "Uppgifterna kontrollerades 3 november 2026.", or null when the place does not say
 * @param requirements what a visit requires (appointment, cost, what to bring), the parts the place states
 * @param report       a {@code mailto:} link to report a mistake on the page, or null when nobody has an e-mail address
 */
public record PlaceView(
        PlaceCard card, String statusNotice, Link replacedBy, List<String> address, String mapUrl, String directionsUrl,
        String transitUrl,
        HoursView hours, List<Fact> access, String accessNotes, List<Link> services, List<String> audiences,
        List<String> languages, Contact contact, Link organization, List<Link> partners, List<EventCard> events,
        List<ArticleCard> news, String bodyHtml, ImageView image, Calendar calendar, String poster,
        String bodyLang, String accessNotesLang, String hoursNotesLang, String lastChecked, List<Fact> requirements,
        String requirementsLang, String report) {

    /** A calendar to subscribe to ({@code webcal://}) or download ({@code .ics}). */
    public record Calendar(String subscribe, String download) {
    }

    /** A label and its value, for definition lists. */
    public record Fact(String label, String value) {
    }

    /**
     * Ways to get in touch; each may be null.
     *
     * @param via the sentence naming the organisation whose contact details these are when the
     *            place has none of its own, else null
     */
    public record Contact(String email, String phone, String phoneHref, String website, String form, String via) {
        public boolean isEmpty() {
            return email == null && phone == null && website == null && form == null;
        }
    }
}
