package se.kvarter.render;

import java.util.List;

/**
 * Everything the event page shows.
 *
 * @param dates     the upcoming occurrences in words (all of them for a one-off event)
 * @param pastCount occurrences that have already taken place
 * @param place     a link to the place, or null when the event is elsewhere
 * @param location  the location's name and address in words, or null
 * @param over      whether every occurrence has taken place (the page stays, out of lists)
 * @param summaryLang the language of the summary when it is not the page's, else null; so for the text
 */
public record EventView(EventCard card, List<Occurrence> dates, int pastCount, boolean over, Link place,
                        List<String> location,
                        String organizer, String registration, List<String> audiences, String bodyHtml,
                        ImageView image, String summary, PlaceView.Calendar calendar, String summaryLang,
                        String bodyLang) {

    /** One occurrence: in words, and its start and end for {@code <time>}. */
    public record Occurrence(String text, String start, String end) {
    }
}
