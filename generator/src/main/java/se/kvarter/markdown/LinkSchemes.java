package se.kvarter.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets a body may have: site paths and other relative URLs, and http, https,
 * mailto and tel. Anything else ({@code javascript:}, {@code data:}, {@code vbscript:}) could run
 * code when clicked, so such a link is shown as its text.
 */
final class LinkSchemes {

    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> CODE = Set.of("javascript", "vbscript", "data", "file", "blob");
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern TABS_AND_LINE_BREAKS = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern LEADING_CONTROLS = Pattern.compile("^[\\x00-\\x20]+");

    private LinkSchemes() {
    }

    static boolean isAllowed(String destination) {
        // Browsers drop tabs and line breaks anywhere in a URL and trim spaces and control
        // characters round it, so "java\tscript:" is read as "javascript:".
        String url = LEADING_CONTROLS.matcher(TABS_AND_LINE_BREAKS.matcher(destination).replaceAll("")).replaceAll("");
        int colon = url.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int pathStart = indexOfAny(url, "/?#");
        if (pathStart >= 0 && pathStart < colon) {
            return true; // the colon is in the path, query or fragment of a relative URL
        }
        return ALLOWED.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a link that is not allowed looks like a mistake rather than an attack: a word and a
     * colon ({@code plats:kallaren}, {@code Place:kallaren}, {@code htps://...}) that a
     * communicator meant as a link, which would otherwise vanish without a word. Schemes that
     * run code are left to the sanitiser, which drops them, as it drops them in raw HTML.
     */
    static boolean isMistyped(String destination) {
        Matcher scheme = SCHEME.matcher(destination);
        return scheme.lookingAt() && !CODE.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The link as a browser reads it when a colon before its path is written as {@code %3A}
     * ({@code kl%3A10} is {@code kl:10}), or null when there is none. Such a link is no address
     * of the site (no page has a colon in its name) and no whole address either.
     */
    static String hiddenColon(String destination) {
        int pathStart = indexOfAny(destination, "/?#");
        String head = pathStart < 0 ? destination : destination.substring(0, pathStart);
        if (head.contains(":") || !head.toLowerCase(Locale.ROOT).contains("%3a")) {
            return null;
        }
        return head.replaceAll("(?i)%3a", ":") + (pathStart < 0 ? "" : destination.substring(pathStart));
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
