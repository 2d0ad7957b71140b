package se.kvarter.a11y;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Serves a built site over HTTP on 127.0.0.1 and a free port, as a static host does: a folder's
 * {@code index.html} for its path, the site's {@code 404.html} with status 404 for anything else.
 * Pages use root-relative links, which {@code file://} would break. (Java 17 has no
 * SimpleFileServer; this is the little of it that the tests need.)
 *
 * <p>A redirect page asked for with {@code ?stay} comes without its refresh, so that a test can
 * look at the page itself before the browser moves on; everything else is served as built.
 */
final class SiteServer implements AutoCloseable {

    /** The query that keeps a redirect page in the browser. */
    static final String STAY = "stay";

    /** Files the browser may keep: the built site's stylesheets, scripts and images (not its pages or data). */
    private static final Pattern STATIC_ASSET = Pattern.compile(".*\\.(css|js|svg|png|jpe?g|webp|avif|woff2?|ico)");

    private final HttpServer server;

    private SiteServer(HttpServer server) {
        this.server = server;
    }

    static SiteServer serve(BuiltSite site) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    respond(site, exchange);
                }
            });
            server.start();
            return new SiteServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(BuiltSite site, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path root = site.root().toAbsolutePath().normalize();
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root)) {
            send(exchange, 404, "text/plain", new byte[0]);
        } else if (Files.isDirectory(file) && !path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain", new byte[0]);
        } else if (Files.isRegularFile(Files.isDirectory(file) ? file.resolve("index.html") : file)) {
            Path found = Files.isDirectory(file) ? file.resolve("index.html") : file;
            byte[] body = Files.readAllBytes(found);
            if (STAY.equals(exchange.getRequestURI().getQuery()) && found.toString().endsWith(".html")) {
                body = new String(body, StandardCharsets.UTF_8).replaceAll("<meta http-equiv=\"refresh\"[^>]*>", "")
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (STATIC_ASSET.matcher(found.getFileName().toString()).matches()) {
                // a built site's stylesheets, scripts and images never change while it is served: the
                // browser keeps them from page to page instead of fetching and parsing them for every page
                exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            }
            send(exchange, 200, contentType(found), body);
        } else {
            Path notFound = site.file(site.basePath() + "404.html");
            send(exchange, 404, "text/html; charset=utf-8",
                    Files.exists(notFound) ? Files.readAllBytes(notFound) : new byte[0]);
        }
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".json")) {
            return "application/json";
        }
        String guessed = URLConnection.getFileNameMap().getContentTypeFor(name);
        return guessed != null ? guessed : "application/octet-stream";
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The address of a root-relative path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
