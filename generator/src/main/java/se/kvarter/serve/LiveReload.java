package se.kvarter.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Server-sent events to the open pages: each connected page gets the site's version when it
 * connects and again after every rebuild that changed it, and reloads when the version differs
 * from its own. A page that does not say which it is gets every version.
 */
final class LiveReload {

    /**
     * One open event stream; writes to it are one at a time.
     *
     * @param page the built file of the page that listens ({@code nyheter/x/index.html}), or null
     */
    private record Client(Response response, Callback done, String page) {
    }

    private final List<Client> clients = new CopyOnWriteArrayList<>();

    /** Opens an event stream on {@code response} and sends the current version. */
    void connect(Response response, Callback done, long version, String page) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, done, page);
        if (send(client, event(version))) {
            clients.add(client);
        }
    }

    /** Tells the open pages that {@code changed} says may look different the new version. */
    void broadcast(long version, Predicate<String> changed) {
        String event = event(version);
        for (Client client : clients) {
            if ((client.page() == null || changed.test(client.page())) && !send(client, event)) {
                clients.remove(client);
            }
        }
    }

    /** Ends every stream, when the server stops. */
    void closeAll() {
        for (Client client : clients) {
            synchronized (client) {
                client.response().write(true, ByteBuffer.allocate(0), client.done());
            }
        }
        clients.clear();
    }

    int size() {
        return clients.size();
    }

    private static String event(long version) {
        return "event: version\ndata: " + version + "\n\n";
    }

    private static boolean send(Client client, String text) {
        synchronized (client) {
            FutureCallback written = new FutureCallback();
            client.response().write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(5, TimeUnit.SECONDS);
                return true;
            } catch (ExecutionException | TimeoutException e) {
                // the page was closed: end its stream
                client.done().failed(e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
