package se.kvarter.cli;

import java.io.PrintWriter;
import java.util.List;
import se.kvarter.source.ContentError;
import se.kvarter.source.Messages;

/** Prints content errors for people: one line each, {@code file:line:col: sentence}, then a count. */
final class ErrorPrinter {

    private final Messages messages;
    private final PrintWriter err;

    ErrorPrinter(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    /** Every error, then the count and that the published site is untouched. */
    void text(List<ContentError> errors) {
        lines(errors);
        err.println(messages.format("progress.failed", errors.size()));
    }

    /** Every error, one per line. */
    void lines(List<ContentError> errors) {
        for (ContentError error : errors) {
            err.println(error.format(messages));
        }
    }
}
