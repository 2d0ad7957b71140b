package se.kvarter.model;

import java.util.Map;

/**
 * Who publishes the site and its open data.
 *
 * @param orgNumber the Swedish organisation number (10 digits), or null
 * @param type      what kind of organisation it is, as the ADMS publisher type of the EU vocabulary
 *                  ({@code LocalAuthority}), which DCAT-AP-SE requires of a publisher
 */
public record Publisher(String name, String email, String url, String orgNumber, String type) {

    /** The ADMS publisher type of each {@code publisher.type} a site may write. */
    public static final Map<String, String> TYPES = Map.of(
            "local-authority", "LocalAuthority",
            "regional-authority", "RegionalAuthority",
            "national-authority", "NationalAuthority",
            "non-profit-organisation", "NonProfitOrganisation",
            "non-governmental-organisation", "NonGovernmentalOrganisation",
            "company", "Company");

    /** Sites made with kvarter are a municipality's, unless {@code publisher.type} says otherwise. */
    public static final String DEFAULT_TYPE = "local-authority";

    public Publisher(String name, String email, String url, String orgNumber) {
        this(name, email, url, orgNumber, DEFAULT_TYPE);
    }
}
