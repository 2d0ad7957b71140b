package se.kvarter.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built site held in memory, for the dev server and for checks that must not write: file
 * paths (as in the output folder) to their bytes.
 */
public final class MemorySite implements OutputTarget {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(OutputFile file) {
        if (files.putIfAbsent(file.path(), file.bytes()) != null) {
            throw new DuplicateOutputException(file.path());
        }
    }

    @Override
    public byte[] read(String path) {
        return files.get(path);
    }

    @Override
    public void copy(Path source, String path) {
        try {
            write(new OutputFile(path, Files.readAllBytes(source)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy to change, leaving this one as it is (a rebuild changes a copy of the site it shows). */
    public MemorySite copy() {
        MemorySite copy = new MemorySite();
        copy.files.putAll(files);
        return copy;
    }

    /** Adds a file or replaces the one at its path. */
    public void replace(OutputFile file) {
        files.put(file.path(), file.bytes());
    }

    public void remove(String path) {
        files.remove(path);
    }

    /** The file at {@code path} ({@code platser/x/index.html}). */
    public Optional<byte[]> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    public int size() {
        return files.size();
    }

    /** Writes every file to {@code target}: a site built in memory, written out as a build writes it. */
    public void writeTo(OutputTarget target) {
        files.forEach((path, bytes) -> target.write(new OutputFile(path, bytes)));
    }

    /** Every path, sorted. */
    public List<String> paths() {
        return files.keySet().stream().sorted().toList();
    }
}
