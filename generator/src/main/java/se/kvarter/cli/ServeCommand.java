package se.kvarter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.output.OutputFolderException;
import se.kvarter.serve.DevServer;
import se.kvarter.serve.ListenException;
import se.kvarter.source.Messages;

/** {@code kvarter serve}: a live preview of the site that rebuilds and reloads on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    private SourceOptions source;

    @Mixin
    private CommonOptions common;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", converter = PortConverter.class)
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "serve.out")
    Path outputFolder;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!DevServer.isLoopback(host)) {
            err.println(messages.format("serve.public-host", host));
        }
        String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
        Build build = new Build(common.verbose() ? new Console(messages, out, false, true)::phase : Progress.SILENT,
                Clock.systemDefaultZone());
        // The preview is served at the root of this server, whatever site.yaml's baseUrl says.
        Build.Options options = new Build.Options(source.content, source.templates, Path.of("site"), source.date,
                source.drafts, url);
        Console console = new Console(messages, out, common.quiet());
        try (DevServer server = new DevServer(build, options, outputFolder, host, port, messages, result -> {
            if (result.succeeded()) {
                console.done(result, outputFolder);
            } else {
                new ErrorPrinter(messages, err).lines(result.errors());
                err.println(messages.format("serve.failed"));
            }
        })) {
            server.start();
            out.println(messages.format("serve.listening", url.replace(":" + port + "/", ":" + server.port() + "/")));
            server.join();
        } catch (OutputFolderException e) {
            err.println(messages.format(e.key(), e.args()));
            return CommandLine.ExitCode.USAGE;
        } catch (ListenException e) {
            String port = String.valueOf(e.port());
            err.println(switch (e.reason()) {
                case PORT_IN_USE -> messages.format("usage.port-in-use", port, e.host(), String.valueOf(nextPort(e.port())));
                case UNKNOWN_HOST -> messages.format("usage.unknown-host", e.host());
                case OTHER -> messages.format("usage.cannot-listen", port, e.host(), e.systemReason());
            });
            return CommandLine.ExitCode.USAGE;
        }
        return 0;
    }

    /** A port to suggest instead of a taken one. */
    private static int nextPort(int taken) {
        return taken < 65_535 ? taken + 1 : 8080;
    }
}
