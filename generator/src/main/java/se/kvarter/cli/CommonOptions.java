package se.kvarter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.kvarter.source.Messages;

/**
 * Options every command takes: the language of messages and how much to say. They may also come
 * before the command ({@code kvarter --lang en build}): the top command has them too, and a
 * command takes them from there unless it was given its own.
 */
public final class CommonOptions {

    private static final String LANG = "--lang";
    private static final String DEFAULT_LANGUAGE = "sv";

    @Option(names = LANG, paramLabel = "sv|en", defaultValue = DEFAULT_LANGUAGE, converter = LanguageConverter.class)
    String lang;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    /** The command this instance belongs to (picocli injects it). */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    Messages messages() {
        return Messages.forLanguage(lang());
    }

    String lang() {
        CommonOptions before = beforeCommand();
        return before == null || given(LANG) ? lang : before.lang;
    }

    boolean quiet() {
        CommonOptions before = beforeCommand();
        return quiet || before != null && before.quiet;
    }

    boolean verbose() {
        CommonOptions before = beforeCommand();
        return verbose || before != null && before.verbose;
    }

    /** The options written before the command, on the top command; null for the top command itself. */
    private CommonOptions beforeCommand() {
        CommandSpec parent = command == null ? null : command.parent();
        if (parent == null) {
            return null;
        }
        return parent.mixins().values().stream().map(CommandSpec::userObject)
                .filter(CommonOptions.class::isInstance).map(CommonOptions.class::cast).findFirst().orElse(null);
    }

    private boolean given(String option) {
        CommandLine.ParseResult parsed = command.commandLine().getParseResult();
        return parsed != null && parsed.hasMatchedOption(option);
    }

    /**
     * The language {@code --lang} asks for anywhere in {@code args}, for messages about a command
     * line that did not parse (the parse stopped at the mistake, maybe before {@code --lang}).
     * Read by picocli with every other argument let through; Swedish when there is none, or it
     * is no language kvarter has.
     */
    public static Messages messagesFor(String[] args) {
        CommandSpec spec = CommandSpec.create();
        spec.addOption(OptionSpec.builder(LANG).type(String.class).converters(new LanguageConverter()).build());
        CommandLine lenient = new CommandLine(spec);
        lenient.setUnmatchedArgumentsAllowed(true);
        lenient.setUnmatchedOptionsArePositionalParams(true);
        try {
            return Messages.forLanguage(lenient.parseArgs(args).matchedOptionValue(LANG, DEFAULT_LANGUAGE));
        } catch (ParameterException e) {
            return Messages.forLanguage(DEFAULT_LANGUAGE);
        }
    }
}
