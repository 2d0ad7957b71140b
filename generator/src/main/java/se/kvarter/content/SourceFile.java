package se.kvarter.content;

import java.nio.file.Path;

/**
 * A file of the content folder and what its name says: its kind, id, language (null for the
 * site's default language) and, for news, the date in its name (null when absent).
 *
 * @param path  the path relative to the content folder, with forward slashes; used in messages
 * @param stamp when the file was last changed and its size, so that an unchanged file is not read again
 */
public record SourceFile(String path, Path absolute, ContentKind kind, String id, String language, String nameDate,
                         Stamp stamp) {

    /** A file's modification time (nanoseconds) and size: equal stamps mean an unchanged file. */
    public record Stamp(long modified, long size) {

        public static final Stamp UNKNOWN = new Stamp(-1, -1);
    }

    /** Whether this file translates another one ({@code places/x.en.md}). */
    public boolean isTranslation() {
        return language != null;
    }
}
