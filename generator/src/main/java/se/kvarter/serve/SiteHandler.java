package se.kvarter.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the dev server's requests from the site in memory: GET and HEAD only, paths looked up
 * in the built files (never on disk, so no path can reach outside the site), the live-reload
 * script added to every page, and the error overlay while the content has errors.
 */
final class SiteHandler extends Handler.Abstract {

    private static final Map<String, String> OPEN_DATA_TYPES = Map.of(
            "atom", "application/atom+xml",
            "ics", "text/calendar",
            "geojson", "application/geo+json",
            "jsonld", "application/ld+json",
            "rdf", "application/rdf+xml");

    static final String PREFIX = "/__kvarter/";
    private static final byte[] LIVE_JS = resource("live.js");
    private static final byte[] OVERLAY_CSS = resource("overlay.css");

    private final LiveSite site;
    private final LiveReload reload;
    private final Overlay overlay;

    SiteHandler(LiveSite site, LiveReload reload, Overlay overlay) {
        this.site = site;
        this.reload = reload;
        this.overlay = overlay;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!HttpMethod.GET.is(method) && !head) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            Response.writeError(request, response, callback, 405);
            return true;
        }
        String path = Request.getPathInContext(request);
        Snapshot snapshot = site.current();
        if (path.equals(PREFIX + "events")) {
            String page = Request.extractQueryParameters(request).getValue("page");
            reload.connect(response, callback, snapshot.version(), page == null ? null : file(page));
            return true;
        }
        if (path.equals(PREFIX + "live.js")) {
            return send(response, callback, 200, "text/javascript;charset=utf-8", LIVE_JS, head);
        }
        if (path.equals(PREFIX + "overlay.css")) {
            return send(response, callback, 200, "text/css;charset=utf-8", OVERLAY_CSS, head);
        }
        if (snapshot.nothingBuilt()) {
            // The content had mistakes from the start: no page to put the box over, so a page of
            // its own. 500, not 200: this is not the page asked for, and tools fetching it should
            // not take it for one; a browser shows it all the same, and it reloads once fixed.
            byte[] errorPage = overlay.page(snapshot.errors()).getBytes(StandardCharsets.UTF_8);
            return send(response, callback, 500, "text/html;charset=utf-8", page(errorPage, snapshot), head);
        }
        String file = file(path);
        Optional<byte[]> bytes = file == null ? Optional.empty() : snapshot.site().find(file);
        if (bytes.isEmpty() && file != null && !file.endsWith("index.html")
                && snapshot.site().find(file + "/index.html").isPresent()) {
            response.getHeaders().put(HttpHeader.LOCATION, path + "/");
            return send(response, callback, 301, "text/plain;charset=utf-8", new byte[0], head);
        }
        if (bytes.isEmpty()) {
            byte[] notFound = snapshot.site().find("404.html").orElse("404".getBytes(StandardCharsets.UTF_8));
            return send(response, callback, 404, "text/html;charset=utf-8", page(notFound, snapshot), head);
        }
        byte[] body = file.endsWith(".html") ? page(bytes.get(), snapshot) : bytes.get();
        return send(response, callback, 200, contentType(file), body, head);
    }

    /**
     * The media type of a built file, as a static host would send it: Jetty's table, and the
     * open-data formats it does not know (a browser offers an unknown type for download).
     */
    static String contentType(String file) {
        String extension = file.substring(file.lastIndexOf('.') + 1);
        String type = OPEN_DATA_TYPES.getOrDefault(extension, MimeTypes.DEFAULTS.getMimeByExtension(file));
        if (type == null) {
            return "application/octet-stream";
        }
        boolean text = type.startsWith("text/") || type.endsWith("json") || type.endsWith("xml") || type.endsWith("javascript");
        return text ? type + ";charset=utf-8" : type;
    }

    /** The built file for a URL path: {@code /platser/} is {@code platser/index.html}; null for a bad path. */
    static String file(String path) {
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!decoded.startsWith("/") || decoded.contains("\\") || decoded.contains("\0")) {
            return null;
        }
        for (String segment : decoded.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        String relative = decoded.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    /** A page with the live-reload script and, while the content has errors, the overlay. */
    private byte[] page(byte[] html, Snapshot snapshot) {
        String text = new String(html, StandardCharsets.UTF_8);
        String head = "<link rel=\"stylesheet\" href=\"" + PREFIX + "overlay.css\">\n<script src=\"" + PREFIX
                + "live.js\" data-version=\"" + snapshot.version() + "\" defer></script>\n";
        int headEnd = text.indexOf("</head>");
        if (headEnd >= 0) {
            text = text.substring(0, headEnd) + head + text.substring(headEnd);
        }
        if (snapshot.failed()) {
            int bodyStart = text.indexOf("<body");
            int afterBody = bodyStart < 0 ? -1 : text.indexOf('>', bodyStart) + 1;
            if (afterBody > 0) {
                text = text.substring(0, afterBody) + "\n" + overlay.html(snapshot.errors(), snapshot.nothingBuilt())
                        + text.substring(afterBody);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        return true;
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
