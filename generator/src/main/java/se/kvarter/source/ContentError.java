package se.kvarter.source;

import java.util.List;

/**
 * One mistake in the content: where it is, which message describes it, and the values the
 * message names. The key names the sentence in {@code messages_sv.properties} and
 * {@code messages_en.properties}, the fixture folder that shows it, and the {@code code} in
 * machine-readable reports.
 */
public record ContentError(Position at, String key, List<Object> args) implements Comparable<ContentError> {

    public ContentError {
        args = List.copyOf(args);
    }

    public static ContentError of(Position at, String key, Object... args) {
        return new ContentError(at, key, List.of(args));
    }

    /**
     * Whether this is a notice, not an error: a reminder (its key starts with {@code notice.})
     * that {@code kvarter check} prints and that never fails a build.
     */
    public boolean isNotice() {
        return key.startsWith("notice.");
    }

    /** The error as the user reads it: {@code places/x.md:12:3: sentence}. */
    public String format(Messages messages) {
        return at + ": " + messages.format(key, args.toArray());
    }

    @Override
    public int compareTo(ContentError other) {
        int byPosition = at.compareTo(other.at);
        return byPosition != 0 ? byPosition : key.compareTo(other.key);
    }
}
