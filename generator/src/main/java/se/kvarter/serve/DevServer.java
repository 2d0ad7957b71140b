package se.kvarter.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import se.kvarter.Build;
import se.kvarter.Folders;
import se.kvarter.content.ChangedPaths;
import se.kvarter.source.Messages;

/**
 * {@code kvarter serve}: builds the site into memory, serves it with Jetty, watches the sources
 * and rebuilds on every change, reloading the open pages. Listens on loopback unless told
 * otherwise. Writes to disk only when given a folder to publish to.
 */
public final class DevServer implements AutoCloseable {

    /** What happened in a rebuild, for the terminal. */
    public interface Report {
        void rebuilt(Build.Result result);
    }

    private final LiveSite site;
    private final LiveReload reload = new LiveReload();
    private final Server server;
    private final ServerConnector connector;
    private final SourceWatcher watcher;
    private final Report report;
    private final Path publishTo;
    private final Build.Options options;

    public DevServer(Build build, Build.Options options, String host, int port, Messages messages, Report report) {
        this(build, options, null, host, port, messages, report);
    }

    /**
     * @param publishTo where each good build is also written, replacing the folder as {@code build}
     *                  does ({@code serve --out}); null to keep the site in memory only. Not
     *                  {@code options.out()}, which the dev server ignores, so that a preview never
     *                  writes over a published site unless asked to.
     * @throws se.kvarter.output.OutputFolderException when the content or templates folder is missing
     *                  (the watcher could not watch it)
     */
    public DevServer(Build build, Build.Options options, Path publishTo, String host, int port, Messages messages,
                     Report report) {
        Folders.checkSources(options);
        this.report = report;
        this.publishTo = publishTo;
        this.options = options;
        this.site = new LiveSite(build, options, publishTo);
        this.site.onChange(snapshot -> reload.broadcast(snapshot.version(), snapshot::changes));
        QueuedThreadPool threads = new QueuedThreadPool(256, 4);
        threads.setName("kvarter-serve");
        threads.setDaemon(true);
        this.server = new Server(threads);
        this.connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new HostCheck(host, new SiteHandler(site, reload, new Overlay(messages, options.content(), options.templates()))));
        // A preview has nothing to finish gracefully: stop at once, open keep-alive connections too.
        server.setStopTimeout(0);
        this.watcher = new SourceWatcher(List.of(options.content(), options.templates()), this::rebuild);
    }

    /** Whether {@code host} is this machine only; other interfaces must be asked for. */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Takes the port, builds once, then starts serving and watching. The port is taken first, so
     * that a port in use is told at once, not after a long first build.
     *
     * @throws ListenException when the port cannot be taken
     */
    public Build.Result start() throws Exception {
        if (publishTo != null) {
            Folders.checkOutputFolder(new Build.Options(options.content(), options.templates(), publishTo,
                    options.date(), options.drafts(), options.baseUrl()));
        }
        listen();
        Build.Result first = site.rebuild(ChangedPaths.unknown());
        report.rebuilt(first);
        server.start();
        watcher.start();
        return first;
    }

    private void listen() {
        try {
            connector.open();
        } catch (IOException | RuntimeException e) {
            throw new ListenException(connector.getHost(), connector.getPort(), reason(e), e);
        }
    }

    /** Jetty wraps the JDK's exception, which has no error code: a port in use is told by the system's words. */
    private static ListenException.Reason reason(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException) {
                return ListenException.Reason.UNKNOWN_HOST;
            }
            if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
                return ListenException.Reason.PORT_IN_USE;
            }
        }
        return ListenException.Reason.OTHER;
    }

    private void rebuild(ChangedPaths changed) {
        report.rebuilt(site.rebuild(changed));
    }

    /** The port the server listens on (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        watcher.close();
        reload.closeAll();
        server.stop();
    }
}
