package se.kvarter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import se.kvarter.source.Messages;

/** Options every command takes: the language of messages and how much to say. */
public final class CommonOptions {

    private static final String LANG = "--lang";
    private static final String DEFAULT_LANGUAGE = "sv";

    @Option(names = LANG, paramLabel = "sv|en", defaultValue = DEFAULT_LANGUAGE, converter = LanguageConverter.class,
            description = "Language of messages: sv (default) or en.")
    String lang;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and the full trace of internal errors.")
    boolean verbose;

    Messages messages() {
        return Messages.forLanguage(lang);
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
