package se.kvarter.render;

import java.util.List;

/**
 * Everything the place page shows, in words, in parts as the page has its sections.
 *
 * @param status       whether the place is open, who took over and when its facts were checked
 * @param address      where it is and how to get there
 * @param accessibility what a visitor with a disability needs to know
 * @param availability when it is open
 * @param about        its description and picture
 * @param offer        what it offers, to whom, in which languages, and what a visit requires
 * @param contact      ways to get in touch
 * @param runBy        the organisation running it and its partners
 * @param related      the events there and the news about it
 * @param poster       the place's printable poster
 */
public record PlaceView(PlaceCard card, Status status, Address address, Accessibility accessibility,
                        Availability availability, About about, Offer offer, Contact contact, RunBy runBy,
                        Related related, String poster) {

    /**
     * @param notice      a sentence when the place is closed or closed for now, else null
     * @param replacedBy  the place that took over, or null
     * @param lastChecked "Uppgifterna kontrollerades 3 november 2026.", or null when the place does not say
     */
    public record Status(String notice, Link replacedBy, String lastChecked) {
    }

    /**
     * @param lines         the address lines (street, postal code and city, detail)
     * @param mapUrl        a map link when the place has coordinates, else null
     * @param directionsUrl directions to the place when it has coordinates, else null
     * @param transitUrl    directions by public transport from the site's journey planner, or null without one
     */
    public record Address(List<String> lines, String mapUrl, String directionsUrl, String transitUrl) {
    }

    /**
     * @param facts     the accessibility facts as label/value pairs
     * @param notesLang the language of the notes when it is not the page's, else null
     */
    public record Accessibility(List<Fact> facts, String notes, String notesLang) {
    }

    /**
     * @param notesLang the language of the notes on the hours when it is not the page's, else null
     * @param calendar  the place's hours as a calendar
     */
    public record Availability(HoursView hours, String notesLang, Calendar calendar) {
    }

    /** @param bodyLang the language of the description when it is not the page's, else null */
    public record About(String bodyHtml, String bodyLang, ImageView image) {
    }

    /**
     * @param requirements     what a visit requires (appointment, cost, what to bring), the parts the place states
     * @param requirementsLang their language when it is not the page's, else null
     */
    public record Offer(List<Link> services, List<String> audiences, List<String> languages, List<Fact> requirements,
                        String requirementsLang) {
    }

    public record RunBy(Link organization, List<Link> partners) {
    }

    public record Related(List<EventCard> events, List<ArticleCard> news) {
    }

    /** A calendar to subscribe to ({@code webcal://}) or download ({@code .ics}). */
    public record Calendar(String subscribe, String download) {
    }

    /** A label and its value, for definition lists. */
    public record Fact(String label, String value) {
    }

    /**
     * Ways to get in touch; each may be null.
     *
     * @param via    the sentence naming the organisation whose contact details these are when the
     *               place has none of its own, else null
     * @param report a {@code mailto:} link to report a mistake on the page, or null when nobody has an e-mail address
     */
    public record Contact(String email, String phone, String phoneHref, String website, String form, String via,
                          String report) {
        public boolean isEmpty() {
            return email == null && phone == null && website == null && form == null;
        }
    }
}
