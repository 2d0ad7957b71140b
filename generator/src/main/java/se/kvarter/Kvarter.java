package se.kvarter;

import se.kvarter.cli.CommonOptions;
import se.kvarter.cli.KvarterCommand;

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
            System.err.println(CommonOptions.messagesFor(args).format("internal.out-of-memory",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            exit = 1;
        }
        System.exit(exit);
    }
}
