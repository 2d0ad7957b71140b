package se.kvarter.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only requests addressed to the dev server by a name of its own. A web page on any
 * site could otherwise read the preview, drafts included, by DNS rebinding: its own host name,
 * made to resolve to 127.0.0.1 after the page loaded, would count as the page's own origin.
 * The browser sends that name in the Host header, so a Host other than localhost, an IP
 * address (which no DNS answer can rebind) or the {@code --host} given is turned away.
 */
final class HostCheck extends Handler.Wrapper {

    static final int MISDIRECTED = 421;
    private static final byte[] REFUSAL = ("This preview answers only to localhost, 127.0.0.1, [::1] or the host it was started with.\n")
            .getBytes(StandardCharsets.UTF_8);

    private final Set<String> names;

    /** @param host the {@code --host} the server listens on */
    HostCheck(String host, Handler handler) {
        super(handler);
        this.names = Set.of("localhost", bare(host.toLowerCase(Locale.ROOT)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (accepts(request.getHeaders().get(HttpHeader.HOST), Request.getLocalPort(request))) {
            return super.handle(request, response, callback);
        }
        response.setStatus(MISDIRECTED);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.write(true, ByteBuffer.wrap(REFUSAL), callback);
        return true;
    }

    /**
     * Whether a Host header names this server. No Host at all is accepted: every browser sends
     * one, so its absence is a tool on this machine, never a page.
     */
    boolean accepts(String hostHeader, int port) {
        if (hostHeader == null) {
            return true;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host;
        String portText;
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            if (end < 0) {
                return false;
            }
            host = value.substring(1, end);
            String rest = value.substring(end + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            portText = rest.isEmpty() ? null : rest.substring(1);
        } else {
            int colon = value.lastIndexOf(':');
            host = colon < 0 ? value : value.substring(0, colon);
            portText = colon < 0 ? null : value.substring(colon + 1);
        }
        if (host.endsWith(".")) { // "localhost." is the same name
            host = host.substring(0, host.length() - 1);
        }
        int asked;
        try {
            asked = portText == null ? 80 : Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            return false;
        }
        return asked == port && (names.contains(host) || isAddress(host));
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * An IPv4 or IPv6 literal. Only strings of digits and dots, or of hex digits, colons and dots,
     * reach {@link InetAddress#getByName}, which parses those and never asks DNS.
     */
    private static boolean isAddress(String host) {
        if (host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            for (String part : host.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        if (!host.contains(":") || !host.matches("[0-9a-f:.]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(host) != null;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
