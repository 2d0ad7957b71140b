package se.kvarter.output;

import java.nio.file.Path;

/** Where the files of a build go: a folder being prepared on disk, or memory for the dev server. */
public interface OutputTarget {

    /** Adds one file; safe to call from several threads. */
    void write(OutputFile file);

    /** Adds a file copied verbatim from the sources (attachments, assets). */
    void copy(Path source, String path);

    /** The bytes of a file added in this build, or null when there is none or it cannot be read. */
    byte[] read(String path);
}
