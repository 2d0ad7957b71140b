package se.kvarter.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.kvarter.source.Messages;

/**
 * Says a command-line mistake as one sentence in the language of {@code --lang}, wherever on the
 * command line that is, with a hint to {@code --help}: a bad value of one of kvarter's options
 * ({@link UsageMistake}), an unknown command or option (with picocli's guess at what was meant),
 * a missing command, value or argument. Anything else keeps picocli's own text and usage help.
 * Either way the exit code is 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final IParameterExceptionHandler picocli;

    /** @param picocli picocli's own handler, for the mistakes kvarter does not word itself */
    UsageErrorHandler(IParameterExceptionHandler picocli) {
        this.picocli = picocli;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) throws Exception {
        CommandLine line = e.getCommandLine();
        CommandSpec command = line.getCommandSpec();
        Messages messages = CommonOptions.messagesFor(args);
        String sentence;
        if (e.getCause() instanceof UsageMistake mistake) {
            sentence = messages.format(mistake.key(), mistake.arguments(name(e.getArgSpec())));
        } else if (e instanceof MissingCommandException) {
            sentence = messages.format("usage.missing-command", commands(command));
        } else if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            sentence = unmatched(messages, unmatched, command);
        } else if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec first = missing.getMissing().get(0);
            sentence = first.isOption()
                    ? messages.format("usage.missing-value", name(first), first.paramLabel())
                    : messages.format("usage.missing-argument", name(first), command.qualifiedName());
        } else {
            // picocli's text with the command's usage help, which is in the --lang language too
            CommandLine top = line;
            while (top.getParent() != null) {
                top = top.getParent();
            }
            top.setResourceBundle(KvarterCommand.helpTexts(messages.language()));
            return picocli.handleParseException(e, args);
        }
        line.getErr().println(sentence);
        line.getErr().println(messages.format("usage.hint", command.qualifiedName()));
        return command.exitCodeOnInvalidInput();
    }

    /** An unknown option, an unknown command, or a word a command takes no more of; with picocli's guess. */
    private static String unmatched(Messages messages, UnmatchedArgumentException e, CommandSpec command) {
        String word = e.getUnmatched().get(0);
        String sentence;
        if (e.isUnknownOption()) {
            sentence = messages.format("usage.unknown-option", word, command.qualifiedName());
        } else if (!command.subcommands().isEmpty()) {
            sentence = messages.format("usage.unknown-command", word, commands(command));
        } else {
            sentence = messages.format("usage.extra-argument", word, command.qualifiedName());
        }
        List<String> guesses = e.getSuggestions();
        return guesses.isEmpty() ? sentence
                : sentence + " " + messages.format("usage.did-you-mean", String.join(", ", guesses));
    }

    /** The commands of {@code command}, such as {@code build, serve, check, new, help}. */
    private static String commands(CommandSpec command) {
        return String.join(", ", command.subcommands().keySet());
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** {@code kvarter} alone: there is nothing to do until a command is named. */
    static final class MissingCommandException extends ParameterException {

        MissingCommandException(CommandLine line) {
            super(line, "Missing command: try 'kvarter build'.");
        }
    }
}
