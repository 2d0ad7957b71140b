package se.kvarter.render;

/** One open-data file on the open-data page: what it is, where, in which format, with which schema. */
public record OpenDataView(String title, String description, String url, String format, String schema) {
}
