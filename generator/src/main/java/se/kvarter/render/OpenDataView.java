package se.kvarter.render;

/**
 * One open-data file on the open-data page: what it is, where, in which format, with which schema.
 *
 * @param lang      the language of title and description when the page's language has none (Swedish), else null
 * @param subscribe a {@code webcal://} address for calendars, else null
 * @param example   the start of the file, or null
 */
public record OpenDataView(String title, String description, String lang, String url, String format, String schema,
                           String subscribe, String example) {
}
