package se.kvarter.output;

/** Two files of one build were given the same path, such as an alias that names an existing page. */
public final class DuplicateOutputException extends RuntimeException {

    private final String path;

    public DuplicateOutputException(String path) {
        super("two files of the build have the path " + path);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
