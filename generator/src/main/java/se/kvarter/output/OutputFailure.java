package se.kvarter.output;

import java.io.IOException;
import java.nio.file.Path;
import se.kvarter.source.IoFailure;

/**
 * The system refused to write the site (a full or read-only disk, no permission, a name too
 * long) or to read a file it copies: not a content mistake and not a bug, so it is told as one
 * sentence with what to do. The previous site is untouched when this is thrown.
 *
 * @param folder the folder to name in the sentence: the output folder the user gave, or the
 *               folder beside it where the build could not make its own
 */
public final class OutputFailure extends RuntimeException {

    private final String folder;
    private final boolean reading;

    OutputFailure(Path folder, IOException cause, boolean reading) {
        super(folder + ": " + cause.getMessage(), cause);
        this.folder = folder.toString();
        this.reading = reading;
    }

    /** The sentence's message key. */
    public String key() {
        if (reading) {
            return "environment.cannot-read";
        }
        return switch (IoFailure.of(cause())) {
            case NO_SPACE -> "environment.disk-full";
            case READ_ONLY -> "environment.read-only";
            case NO_PERMISSION -> "environment.no-permission";
            case NAME_TOO_LONG -> "environment.name-too-long";
            default -> "environment.cannot-write";
        };
    }

    /** The sentence's values: the folder (or file read), then why. */
    public Object[] args() {
        return new Object[] {folder, IoFailure.reason(cause())};
    }

    private IOException cause() {
        return (IOException) getCause();
    }
}
