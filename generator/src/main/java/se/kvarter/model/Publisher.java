package se.kvarter.model;

/**
 * Who publishes the site and its open data.
 *
 * @param orgNumber the Swedish organisation number (10 digits), or null
 */
public record Publisher(String name, String email, String url, String orgNumber) {
}
