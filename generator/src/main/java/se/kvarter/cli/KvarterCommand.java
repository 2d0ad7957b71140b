package se.kvarter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The top command; its subcommands do the work. Its help, and every command's, is in the
 * language of {@code --lang} ({@code help.properties}, Swedish, and {@code help_en.properties}).
 */
@Command(name = "kvarter",
        mixinStandardHelpOptions = true,
        versionProvider = KvarterCommand.Version.class,
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                DiffCommand.class, CommandLine.HelpCommand.class})
public final class KvarterCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** --lang, --quiet and --verbose before the command ({@code kvarter --lang en build}). */
    @CommandLine.Mixin
    private CommonOptions common;

    @Override
    public void run() {
        throw new UsageErrorHandler.MissingCommandException(spec.commandLine());
    }

    /**
     * The command line with its output streams; content errors exit with 1, usage errors with 2.
     * Also used by tests, which run the CLI in-process with captured output.
     */
    public static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new KvarterCommand());
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setResourceBundle(helpTexts("sv"));
        line.setExecutionExceptionHandler(new InternalErrorHandler());
        line.setParameterExceptionHandler(new UsageErrorHandler(line.getParameterExceptionHandler()));
        line.setExecutionStrategy(KvarterCommand::execute);
        return line;
    }

    /**
     * The --help texts in a language: {@code en} or Swedish. Never the JVM's default locale:
     * Swedish is the default whatever the machine's language is.
     */
    static ResourceBundle helpTexts(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        return ResourceBundle.getBundle("se.kvarter.cli.help", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Runs a parsed command line as picocli does, with help in the language of {@code --lang}
     * (known only now, wherever it was written). picocli lets words it did not match pass when
     * {@code --help} is given ({@code kvarter difff --help} printed kvarter's help); they are
     * the usage mistake they would be without it.
     */
    private static int execute(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
            if (level.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
                unknownCommandAskedForHelp(level);
            }
        }
        String language = CommonOptions.messagesFor(parsed.originalArgs().toArray(String[]::new)).language();
        parsed.commandSpec().commandLine().setResourceBundle(helpTexts(language));
        return new CommandLine.RunLast().execute(parsed);
    }

    /** {@code kvarter help difff}: the same mistake, said as kvarter says it rather than in picocli's English. */
    private static void unknownCommandAskedForHelp(ParseResult help) {
        List<String> asked = help.matchedPositionals().stream()
                .flatMap(positional -> positional.stringValues().stream()).toList();
        CommandSpec parent = help.commandSpec().parent();
        if (!asked.isEmpty() && parent != null && !parent.subcommands().containsKey(asked.get(0))) {
            throw new UnmatchedArgumentException(parent.commandLine(), List.of(asked.get(0)));
        }
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = KvarterCommand.class.getResourceAsStream("/se/kvarter/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"kvarter " + properties.getProperty("version", "unknown")};
        }
    }
}
