package se.kvarter.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import se.kvarter.source.Messages;

/**
 * Says a bad value of one of kvarter's options ({@link UsageMistake}) as one sentence in the
 * language of {@code --lang}, wherever on the command line that is, with a hint to {@code --help}.
 * Other command-line mistakes (an unknown option or command, a missing value) keep picocli's own
 * English text and usage help. Either way the exit code is 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final IParameterExceptionHandler picocli;

    /** @param picocli picocli's own handler, for the mistakes kvarter does not word itself */
    UsageErrorHandler(IParameterExceptionHandler picocli) {
        this.picocli = picocli;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
        if (!(e.getCause() instanceof UsageMistake mistake)) {
            return picocli.handleParseException(e, args);
        }
        CommandLine line = e.getCommandLine();
        Messages messages = CommonOptions.messagesFor(args);
        line.getErr().println(messages.format(mistake.key(), mistake.arguments(name(e.getArgSpec()))));
        line.getErr().println(messages.format("usage.hint", line.getCommandSpec().qualifiedName()));
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
