package se.kvarter.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import se.kvarter.source.IoFailure;
import se.kvarter.source.Messages;

/**
 * A bug or an I/O failure (never a content mistake, those are reported as errors): one sentence,
 * and the whole trace only with {@code --verbose}. A failure of the file system that no stage
 * told apart is said as such, with what to check, not as a bug to report.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        // before or after the command: kvarter --lang en -v build, kvarter build --lang en -v
        boolean verbose = parsed.expandedArgs().contains("--verbose") || parsed.expandedArgs().contains("-v");
        Messages messages = CommonOptions.messagesFor(parsed.expandedArgs().toArray(new String[0]));
        Optional<IOException> io = ioCause(e);
        if (io.isPresent()) {
            // The system refused a file (a full disk, no permission): not a bug to report.
            String file = io.get() instanceof FileSystemException fs ? fs.getFile() : null;
            line.getErr().println(file == null
                    ? messages.format("environment.file-system-unnamed", IoFailure.reason(io.get()))
                    : messages.format("environment.file-system", file, IoFailure.reason(io.get())));
        } else {
            line.getErr().println(messages.format("internal.error", String.valueOf(e)));
        }
        if (verbose) {
            e.printStackTrace(line.getErr());
        }
        return 1;
    }

    /** The failure of the file system that caused {@code e}, if one did. */
    static Optional<IOException> ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return Optional.of(io);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
