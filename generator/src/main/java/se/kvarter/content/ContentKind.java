package se.kvarter.content;

/** The kinds of file a content folder holds, with the folder and extension of each. */
public enum ContentKind {
    SITE("", ".yaml"),
    SERVICES("", ".yaml"),
    ORGANIZATION("organizations", ".yaml"),
    PLACE("places", ".md"),
    EVENT("events", ".md"),
    NEWS("news", ".md"),
    PAGE("pages", ".md"),
    FILE("files", "");

    private final String folder;
    private final String extension;

    ContentKind(String folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    public String folder() {
        return folder;
    }

    public String extension() {
        return extension;
    }

    /** Whether files of this kind are Markdown with YAML front matter. */
    public boolean hasBody() {
        return extension.equals(".md");
    }

    /** The kind whose folder this is, or null. */
    static ContentKind ofFolder(String folder) {
        for (ContentKind kind : values()) {
            if (!kind.folder.isEmpty() && kind.folder.equals(folder)) {
                return kind;
            }
        }
        return null;
    }
}
