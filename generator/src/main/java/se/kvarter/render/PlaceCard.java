package se.kvarter.render;

/**
 * A place in a list: enough to choose it.
 *
 * @param today    today's hours in words, or null when the place has no hours
 * @param access   the entrance in words ("Entré utan trappsteg")
 * @param status   "Tillfälligt stängt" or "Stängt", null when open
 * @param lang     the language of the name and summary when it is not the page's, else null
 */
public record PlaceCard(String id, String url, String name, String type, String summary, String area, String address,
                        String today, boolean openToday, String access, boolean stepFree, String status, String lang) {
}
