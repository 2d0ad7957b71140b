package se.kvarter;

import java.util.List;
import picocli.CommandLine;
import se.kvarter.cli.KvarterCommand;
import se.kvarter.source.Messages;

/** The {@code kvarter} command: builds the command line and exits with its exit code. */
public final class Kvarter {

    private Kvarter() {
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = KvarterCommand.commandLine(System.out, System.err).execute(args);
        } catch (OutOfMemoryError e) {
            // A site larger than the memory the JVM was given: say how to give it more, not a trace.
            System.err.println(Messages.forLanguage(language(args)).format("internal.out-of-memory",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            exit = 1;
        }
        System.exit(exit);
    }

    private static String language(String[] args) {
        List<String> list = List.of(args);
        int at = list.indexOf("--lang");
        return at >= 0 && at + 1 < list.size() ? list.get(at + 1) : "sv";
    }
}
