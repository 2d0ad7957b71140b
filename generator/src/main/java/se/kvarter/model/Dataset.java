package se.kvarter.model;

import java.util.Map;

/**
 * One open-data file of the site, as the open-data page, {@code index.json} and the DCAT
 * catalogue describe it.
 *
 * @param titles       its title per language code ({@code sv}, {@code en})
 * @param descriptions its description per language code
 * @param path         its path under the base URL, such as {@code api/v1/places.json}
 * @param format       its media type
 * @param schema       the path of its schema under the base URL, or null
 * @param example      the start of the file as built, for developers to see its shape, or null
 */
public record Dataset(String id, Map<String, String> titles, Map<String, String> descriptions, String path,
                      String format, String schema, String example) {

    public Dataset {
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
    }

    /** The same dataset with an example from the built file. */
    public Dataset withExample(String text) {
        return new Dataset(id, titles, descriptions, path, format, schema, text);
    }

    public String title(String language) {
        return titles.getOrDefault(language, titles.get("sv"));
    }

    public String description(String language) {
        return descriptions.getOrDefault(language, descriptions.get("sv"));
    }
}
