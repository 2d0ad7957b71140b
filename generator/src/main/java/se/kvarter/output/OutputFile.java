package se.kvarter.output;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site: its path relative to the output folder (forward slashes), its
 * bytes (text in UTF-8), and the content file it shows (so that a problem found in the page can
 * be reported where it can be fixed) or null.
 */
public record OutputFile(String path, byte[] bytes, String source) {

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The same file, made from the content file {@code source}. */
    public OutputFile from(String contentFile) {
        return new OutputFile(path, bytes, contentFile);
    }

    /** The file's bytes read as UTF-8 text. */
    public String asText() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
