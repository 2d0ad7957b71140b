package se.kvarter.model;

import se.kvarter.source.Position;

/**
 * Where a place's facts are written in its content file, for the notices of {@code check} to
 * point at the line a communicator changes (the stale {@code lastChecked}, the hours in the
 * text) rather than at the top of the file. Each position is null when the field is not written.
 *
 * @param contact      the {@code contact} field
 * @param organization the {@code organization} field
 * @param lastChecked  the {@code lastChecked} field
 * @param summary      the {@code summary} field
 * @param body         the Markdown body as written (empty when there is none)
 * @param bodyLine     the line of the file on which the body starts
 */
public record PlaceSource(Position contact, Position organization, Position lastChecked, Position summary,
                          String body, int bodyLine) {

    public PlaceSource {
        body = body == null ? "" : body;
    }

    /** Where {@code text} is first written in the body, or null when the body does not have it as written. */
    public Position inBody(String file, String text) {
        int index = body.indexOf(text);
        return index < 0 ? null : new Position(file, bodyLine, 1).within(body, index);
    }

    /** The first line of the body, for what the body says somewhere it cannot be pinned down. */
    public Position bodyStart(String file) {
        return new Position(file, bodyLine, 1);
    }
}
