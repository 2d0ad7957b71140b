package se.kvarter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import se.kvarter.content.ContentKind;
import se.kvarter.content.EntryName;

/**
 * Finds the file that already has an id. The build refuses two files of one kind and language
 * with the same id, and news of different dates can share one ({@code 2023-02-23-x.md} and
 * {@code 2026-11-25-x.md}), so looking for the one file name {@code new} would write is not enough.
 */
final class TakenIds {

    private TakenIds() {
    }

    /** The default-language file of this kind whose name gives it {@code id}, if there is one. */
    static Optional<Path> fileWithId(Path content, ContentKind kind, String id) {
        Path folder = content.resolve(kind.folder());
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> hasId(file.getFileName().toString(), kind, id)).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasId(String name, ContentKind kind, String id) {
        if (!name.endsWith(kind.extension())) {
            return false;
        }
        EntryName parsed = EntryName.of(kind, name.substring(0, name.length() - kind.extension().length()));
        return parsed.language() == null && parsed.id().equals(id);
    }
}
