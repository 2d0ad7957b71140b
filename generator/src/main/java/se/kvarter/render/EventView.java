package se.kvarter.render;

import java.util.List;

/**
 * Everything the event page shows, in parts: when, where, who organises it and for whom, and its text.
 *
 * @param organizer    the organising organisation's name, or null
 * @param registration where to sign up, or null
 */
public record EventView(EventCard card, When when, Where where, String organizer, String registration,
                        List<String> audiences, About about) {

    /**
     * @param dates     the upcoming occurrences in words (all of them for a one-off event)
     * @param pastCount occurrences that have already taken place
     * @param over      whether every occurrence has taken place (the page stays, out of lists)
     * @param calendar  the event as a calendar
     */
    public record When(List<Occurrence> dates, int pastCount, boolean over, PlaceView.Calendar calendar) {
    }

    /**
     * @param place    a link to the place, or null when the event is elsewhere
     * @param location the location's name and address in words, or null
     */
    public record Where(Link place, List<String> location) {
    }

    /**
     * @param summaryLang the language of the summary when it is not the page's, else null
     * @param bodyLang    the language of the text when it is not the page's, else null
     */
    public record About(String summary, String summaryLang, String bodyHtml, String bodyLang, ImageView image) {
    }

    /** One occurrence: in words, and its start and end for {@code <time>}. */
    public record Occurrence(String text, String start, String end) {
    }
}
