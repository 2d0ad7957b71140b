package se.kvarter.cli;

import java.util.Arrays;
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
        boolean verbose = Arrays.asList(parsed.expandedArgs().toArray(new String[0])).contains("--verbose")
                || parsed.expandedArgs().contains("-v");
        String lang = parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--lang")
                ? parsed.subcommand().matchedOptionValue("--lang", "sv") : "sv";
        Messages messages = Messages.forLanguage(lang);
        line.getErr().println(messages.format("internal.error", String.valueOf(e)));
        if (verbose) {
            e.printStackTrace(line.getErr());
        }
        return 1;
    }
}
