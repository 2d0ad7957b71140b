package se.kvarter.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong when the system refused to read or write a file, told apart so that the user
 * gets a sentence with what to do instead of "internal error". Java gives no error number, only
 * exception types and the system's text ({@code strerror}, English unless the locale says
 * otherwise): a text it does not know is {@link #OTHER} and quoted as it is.
 */
public enum IoFailure {
    /** ENOSPC, EDQUOT: the disk or the user's quota is full. */
    NO_SPACE("io.no-space"),
    /** EROFS: the disk is mounted read-only. */
    READ_ONLY("io.read-only"),
    /** EACCES, EPERM: the user may not read or write there. */
    NO_PERMISSION("io.no-permission"),
    /** ENOTDIR: a part of the path is a file, not a folder. */
    NOT_A_FOLDER("io.not-a-folder"),
    /** ENAMETOOLONG: a name or the whole path is too long for the file system. */
    NAME_TOO_LONG("io.name-too-long"),
    /** ENOENT: the file went away. */
    MISSING("io.missing"),
    OTHER("io.other");

    private final String key;

    IoFailure(String key) {
        this.key = key;
    }

    /** The message key of this kind of failure as a phrase ({@code io.no-space}). */
    public String key() {
        return key;
    }

    public static IoFailure of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return NO_PERMISSION;
        }
        if (e instanceof NoSuchFileException) {
            return MISSING;
        }
        if (e instanceof NotDirectoryException) {
            return NOT_A_FOLDER;
        }
        String text = systemText(e).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("quota exceeded")) {
            return NO_SPACE;
        }
        if (text.contains("read-only file system")) {
            return READ_ONLY;
        }
        if (text.contains("permission denied") || text.contains("operation not permitted")) {
            return NO_PERMISSION;
        }
        if (text.contains("not a directory")) {
            return NOT_A_FOLDER;
        }
        if (text.contains("file name too long")) {
            return NAME_TOO_LONG;
        }
        return OTHER;
    }

    /**
     * What to say about {@code e} inside a sentence: a phrase in the reader's language when the
     * failure is known, else the system's own text.
     */
    public static Object reason(IOException e) {
        IoFailure failure = of(e);
        return failure == OTHER ? systemText(e) : new Phrase(failure.key);
    }

    /** The system's text without the path, which the sentence names itself. */
    private static String systemText(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
