package se.kvarter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command; its subcommands do the work. */
@Command(name = "kvarter",
        mixinStandardHelpOptions = true,
        versionProvider = KvarterCommand.Version.class,
        description = "Publishes hubs and meeting places as an accessible website and open data.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
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
        line.setExecutionExceptionHandler(new InternalErrorHandler());
        line.setParameterExceptionHandler(new UsageErrorHandler(line.getParameterExceptionHandler()));
        return line;
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
