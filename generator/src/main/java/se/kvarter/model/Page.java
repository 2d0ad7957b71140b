package se.kvarter.model;

import se.kvarter.source.Position;

/**
 * A free page such as "About us".
 *
 * @param menu its position in the main menu, or null when it is not in the menu
 */
public record Page(String id, String title, String summary, Integer menu, String bodyHtml, boolean draft,
                   String language, Position at) {
}
