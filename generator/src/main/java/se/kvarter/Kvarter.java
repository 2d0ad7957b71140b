package se.kvarter;

import picocli.CommandLine;
import se.kvarter.cli.KvarterCommand;

/** The {@code kvarter} command: builds the command line and exits with its exit code. */
public final class Kvarter {

    private Kvarter() {
    }

    public static void main(String[] args) {
        System.exit(KvarterCommand.commandLine(System.out, System.err).execute(args));
    }
}
