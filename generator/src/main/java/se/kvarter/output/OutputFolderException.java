package se.kvarter.output;

/**
 * The output folder cannot be used: it is the content folder or holds it, or it exists and was
 * not made by kvarter. The message key names the sentence for the user.
 */
public final class OutputFolderException extends RuntimeException {

    private final String key;
    private final String folder;
    private final String detail;

    public OutputFolderException(String key, String folder) {
        this(key, folder, "");
    }

    /** @param detail the message's second value, such as the file that stands where a folder should */
    public OutputFolderException(String key, String folder, String detail) {
        super(key + ": " + folder);
        this.key = key;
        this.folder = folder;
        this.detail = detail;
    }

    public String key() {
        return key;
    }

    public String folder() {
        return folder;
    }

    /** The message's values: the folder, then the detail. */
    public Object[] args() {
        return new Object[] {folder, detail};
    }
}
