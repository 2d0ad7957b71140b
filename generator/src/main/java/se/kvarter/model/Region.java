package se.kvarter.model;

/**
 * The area a site's places and events lie in, as a box of WGS84 degrees ({@code region} in
 * {@code site.yaml}): a position outside it is a mistake, most often latitude and longitude
 * written the other way round, which puts a Swedish address in the Arabian Sea.
 */
public record Region(double south, double west, double north, double east) {

    /** Sweden with a margin of a few kilometres: the default when {@code site.yaml} names no region. */
    public static final Region SWEDEN = new Region(55.0, 10.5, 69.5, 24.5);

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
