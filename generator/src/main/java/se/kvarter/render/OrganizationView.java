package se.kvarter.render;

/**
 * An organisation's page: its name, what it is, and its own website and e-mail (each may be null).
 *
 * @param lang the language of the description when it is not the page's, else null
 */
public record OrganizationView(String name, String description, String website, String email, String lang) {
}
