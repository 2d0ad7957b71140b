package se.kvarter.output;

import java.nio.charset.StandardCharsets;

/**
 * One file of the built site: its path relative to the output folder (forward slashes), its
 * bytes, the content file it shows (so that a problem found in the page can be reported where it
 * can be fixed) or null, and the text its bytes encode in UTF-8 when it was made from text, or
 * null (so that the page check need not decode it again).
 */
public record OutputFile(String path, byte[] bytes, String source, String text) {

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null, null);
    }

    public OutputFile(String path, byte[] bytes, String source) {
        this(path, bytes, source, null);
    }

    public static OutputFile text(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8), null, text);
    }

    /** The same file, made from the content file {@code source}. */
    public OutputFile from(String contentFile) {
        return new OutputFile(path, bytes, contentFile, text);
    }

    /** The file as text: the text it was made from, or else its bytes read as UTF-8. */
    public String asText() {
        return text != null ? text : new String(bytes, StandardCharsets.UTF_8);
    }
}
