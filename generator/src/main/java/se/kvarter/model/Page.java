package se.kvarter.model;

import java.util.Set;
import se.kvarter.source.Position;

/**
 * A free page such as "About us".
 *
 * @param menu its position in the main menu, or null when it is not in the menu
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 */
public record Page(String id, String title, String summary, Integer menu, String bodyHtml, boolean draft,
                   String language, Set<String> untranslated, Position at) {

    public Page {
        untranslated = Set.copyOf(untranslated);
    }
}
