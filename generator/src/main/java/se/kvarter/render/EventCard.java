package se.kvarter.render;

/**
 * An event in a list.
 *
 * @param when     the next (or only) occurrence in words
 * @param iso      its start for {@code <time datetime>}
 * @param where    the place's name or the location's, or null
 * @param moreDates how many later occurrences follow
 * @param lang     the language of the title when it is not the page's, else null
 * @param staffOnly whether only staff may come ({@code audiences: [staff]}): every list says so
 */
public record EventCard(String id, String url, String title, String when, String iso, String where, boolean cancelled,
                        int moreDates, String lang, boolean staffOnly) {
}
