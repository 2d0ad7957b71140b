package se.kvarter.model;

/** A postal address; every part may be null. {@code area} is the district that groups places. */
public record Address(String street, String postalCode, String city, String area, String detail) {

    public static final Address NONE = new Address(null, null, null, null, null);
}
