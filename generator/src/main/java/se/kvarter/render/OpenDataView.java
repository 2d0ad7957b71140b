package se.kvarter.render;

/**
 * One open-data file on the open-data page: what it is, where, in which format, with which schema.
 *
 * @param subscribe a {@code webcal://} address for calendars, else null
 * @param example   the start of the file, or null
 */
public record OpenDataView(String title, String description, String url, String format, String schema,
                           String subscribe, String example) {
}
