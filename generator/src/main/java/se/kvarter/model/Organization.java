package se.kvarter.model;

import java.util.Set;
import se.kvarter.source.Position;

/**
 * An organisation that runs or partners in places and events.
 *
 * @param language the language its text is written in
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 */
public record Organization(String id, String name, String url, String email, String description,
                           String language, Set<String> untranslated, Position at) {

    public Organization {
        untranslated = Set.copyOf(untranslated);
    }
}
