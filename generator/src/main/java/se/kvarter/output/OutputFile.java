package se.kvarter.output;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One file of the built site: its path relative to the output folder (forward slashes), its
 * bytes (text in UTF-8), and the content file it shows (so that a problem found in the page can
 * be reported where it can be fixed) or null.
 *
 * <p>A large file can be held in parts ({@link #ofParts}), written one after the other: joining
 * the open data's largest files (HSDS services and news.json, tens of megabytes each) into one
 * array doubled them in memory just before they were written, and those arrays, too large for
 * the collector's young generation, filled the old one (bench/RESULTS.md, seventeenth round).
 */
public final class OutputFile {

    private final String path;
    private final List<byte[]> parts;
    private final String source;

    public OutputFile(String path, byte[] bytes, String source) {
        this(path, List.of(bytes), source);
    }

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    private OutputFile(String path, List<byte[]> parts, String source) {
        this.path = path;
        this.parts = List.copyOf(parts);
        this.source = source;
    }

    /** A file of these parts in this order; they are not copied, so none may change afterwards. */
    public static OutputFile ofParts(String path, List<byte[]> parts) {
        return new OutputFile(path, parts, null);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String path() {
        return path;
    }

    /** The content file the file shows, or null. */
    public String source() {
        return source;
    }

    /** The file's bytes, in one array (joined, when the file is in parts). */
    public byte[] bytes() {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** The file's bytes as they are held: one array, or the parts of a large file in order. */
    public List<byte[]> parts() {
        return parts;
    }

    /** The same file, made from the content file {@code source}. */
    public OutputFile from(String contentFile) {
        return new OutputFile(path, parts, contentFile);
    }

    /** The file's bytes read as UTF-8 text. */
    public String asText() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "OutputFile[" + path + (source == null ? "" : " from " + source) + "]";
    }
}
