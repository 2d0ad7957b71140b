package se.kvarter.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How the files of a build reach the disk. One implementation writes them; tests give another
 * that fails as a full or read-only disk does (with the system's own text), which a test cannot
 * make happen for real without root rights or a disk of its own.
 */
public interface Disk {

    /** Writes a new file. */
    void write(Path file, byte[] bytes) throws IOException;

    /** Writes a new file of these parts, in order ({@link OutputFile#parts}). */
    default void write(Path file, List<byte[]> parts) throws IOException {
        write(file, OutputFile.ofParts(file.toString(), parts).bytes());
    }

    /**
     * Copies a file verbatim. Through a new file, not {@code Files.copy}, which would give it the
     * source's mode (a content file private to its author would be unreadable to the web server).
     */
    void copy(Path source, Path target) throws IOException;

    /** The machine's own disk. */
    Disk LOCAL = new Disk() {
        @Override
        public void write(Path file, byte[] bytes) throws IOException {
            Files.write(file, bytes);
        }

        @Override
        public void write(Path file, List<byte[]> parts) throws IOException {
            if (parts.size() == 1) {
                write(file, parts.get(0));
                return;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                for (byte[] part : parts) {
                    out.write(part);
                }
            }
        }

        @Override
        public void copy(Path source, Path target) throws IOException {
            try (OutputStream copy = Files.newOutputStream(target)) {
                Files.copy(source, copy);
            }
        }
    };
}
