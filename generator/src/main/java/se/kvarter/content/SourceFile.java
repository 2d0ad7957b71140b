package se.kvarter.content;

import java.nio.file.Path;

/**
 * A file of the content folder and what its name says: its kind, id, language (null for the
 * site's default language) and, for news, the date in its name (null when absent).
 *
 * @param path the path relative to the content folder, with forward slashes; used in messages
 */
public record SourceFile(String path, Path absolute, ContentKind kind, String id, String language, String nameDate) {

    /** Whether this file translates another one ({@code places/x.en.md}). */
    public boolean isTranslation() {
        return language != null;
    }
}
