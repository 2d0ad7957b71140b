package se.kvarter.model;

/**
 * Where a place is: the address residents read and the position maps and open data use.
 *
 * @param address its address, {@link Address#NONE} when none is written; {@code area} groups places
 * @param geo     its position, or null when none is written
 */
public record PlaceLocation(Address address, Geo geo) {
}
