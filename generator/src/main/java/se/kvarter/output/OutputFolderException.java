package se.kvarter.output;

/**
 * The output folder cannot be used: it is the content folder or holds it, or it exists and was
 * not made by kvarter. The message key names the sentence for the user.
 */
public final class OutputFolderException extends RuntimeException {

    private final String key;
    private final String folder;

    public OutputFolderException(String key, String folder) {
        super(key + ": " + folder);
        this.key = key;
        this.folder = folder;
    }

    public String key() {
        return key;
    }

    public String folder() {
        return folder;
    }
}
