package se.kvarter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.kvarter.output.OutputFolderException;
import se.kvarter.output.SiteWriter;

/** The folders of a build, refused before anything is read when a build cannot use them. */
public final class Folders {

    private Folders() {
    }

    /** Refuses a missing content or templates folder, before anything is read. */
    public static void checkSources(Build.Options options) {
        if (!Files.isDirectory(options.content())) {
            throw new OutputFolderException("usage.no-content", options.content().toString());
        }
        if (!Files.isDirectory(options.templates())) {
            throw new OutputFolderException("usage.no-templates", options.templates().toString());
        }
    }

    /**
     * Refuses an output folder a build may not replace: one that is, holds or lies in the content
     * or templates, or that exists and was not made by kvarter. For the dev server's {@code --out},
     * checked before its first build.
     *
     * @throws OutputFolderException when {@code options.out()} cannot be used
     */
    public static void checkOutputFolder(Build.Options options) {
        checkOutput(options);
        SiteWriter.refuseIfNotOurs(options.out());
    }

    /**
     * Refuses an output folder under a file, or one that is, holds or lies in the content or
     * templates (replacing it would delete the sources).
     */
    static void checkOutput(Build.Options options) {
        Path out = options.out().toAbsolutePath().normalize();
        for (Path folder = out; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new OutputFolderException("usage.out-under-file", options.out().toString(), folder.toString());
                }
                break;
            }
        }
        // Real paths: a symbolic link to the content folder, or through a linked parent, is the
        // content folder, and a build would replace it.
        Path content = real(options.content());
        Path templates = real(options.templates());
        Path realOut = real(options.out());
        if (content.startsWith(realOut) || templates.startsWith(realOut) || realOut.startsWith(content)
                || realOut.startsWith(templates)) {
            throw new OutputFolderException("usage.out-overlaps-sources", options.out().toString());
        }
    }

    /**
     * Where a path really is, links followed: its deepest existing folder's real path with the
     * names that do not exist yet (an output folder a first build will make) after it.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute; // unreadable on the way: compared as given, and writing will say why
        }
    }
}
