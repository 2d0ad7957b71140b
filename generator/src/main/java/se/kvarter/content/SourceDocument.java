package se.kvarter.content;

/**
 * A loaded content file: its fields with positions and, for Markdown kinds, the body text and
 * the line of the file where the body starts.
 */
public record SourceDocument(SourceFile file, YamlNode.Mapping fields, String body, int bodyLine) {

    public String id() {
        return file.id();
    }

    public String path() {
        return file.path();
    }
}
