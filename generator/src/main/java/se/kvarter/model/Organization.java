package se.kvarter.model;

import se.kvarter.source.Position;

/**
 * An organisation that runs or partners in places and events.
 *
 * @param language the language its text is written in
 */
public record Organization(String id, String name, String url, String email, String description,
                           String language, Position at) {
}
