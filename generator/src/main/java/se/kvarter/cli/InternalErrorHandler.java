package se.kvarter.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import se.kvarter.source.Messages;

/**
 * A bug or an I/O failure (never a content mistake, those are reported as errors): one sentence,
 * and the whole trace only with {@code --verbose}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
        // before or after the command: kvarter --lang en -v build, kvarter build --lang en -v
        boolean verbose = parsed.expandedArgs().contains("--verbose") || parsed.expandedArgs().contains("-v");
        Messages messages = CommonOptions.messagesFor(parsed.expandedArgs().toArray(new String[0]));
        line.getErr().println(messages.format("internal.error", String.valueOf(e)));
        if (verbose) {
            e.printStackTrace(line.getErr());
        }
        return 1;
    }
}
