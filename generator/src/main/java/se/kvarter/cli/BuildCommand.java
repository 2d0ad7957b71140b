package se.kvarter.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.kvarter.Build;
import se.kvarter.output.OutputFailure;
import se.kvarter.output.OutputFolderException;
import se.kvarter.source.Messages;

/** {@code kvarter build}: content and templates in, the site out. */
@Command(name = "build", mixinStandardHelpOptions = true)
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private BuildOptions build;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = new Console(messages, out, common.quiet(), common.verbose());
        Build.Result result;
        try {
            result = new Build(console::phase, Clock.systemDefaultZone()).run(new Build.Options(source.content,
                    source.templates, build.out, source.date, source.drafts, build.baseUrl));
        } catch (OutputFolderException e) {
            err.println(messages.format(e.key(), e.args()));
            return CommandLine.ExitCode.USAGE;
        } catch (OutputFailure e) { // the disk or the system refused: one sentence, not a bug
            err.println(messages.format(e.key(), e.args()));
            return 1;
        }
        if (!result.succeeded()) {
            new ErrorPrinter(messages, err).text(result.errors());
            return 1;
        }
        console.done(result, build.out);
        return 0;
    }
}
