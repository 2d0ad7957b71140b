package se.kvarter.model;

/** A WGS84 position in decimal degrees. */
public record Geo(double lat, double lon) {
}
