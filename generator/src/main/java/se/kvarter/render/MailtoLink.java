package se.kvarter.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code mailto:} URI (RFC 6068) with a subject and a body filled in. */
final class MailtoLink {

    private MailtoLink() {
    }

    static String of(String to, String subject, String body) {
        return "mailto:" + to + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    /**
     * Percent-encoded as RFC 6068 wants: a space is {@code %20} (a {@code +} would stay a plus in
     * the mail program) and a line break {@code %0D%0A}.
     */
    static String encode(String text) {
        return URLEncoder.encode(text.replace("\r\n", "\n").replace("\n", "\r\n"), StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
