package se.kvarter.model;

/** Where an event takes place when it is not at one of the site's places. {@code geo} may be null. */
public record EventLocation(String name, Address address, Geo geo) {
}
