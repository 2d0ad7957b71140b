package se.kvarter.cli;

import picocli.CommandLine.Option;
import se.kvarter.source.Messages;

/** Options every command takes: the language of messages and how much to say. */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv",
            description = "Language of messages: sv (default) or en.")
    String lang;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and the full trace of internal errors.")
    boolean verbose;

    Messages messages() {
        return Messages.forLanguage(lang);
    }
}
