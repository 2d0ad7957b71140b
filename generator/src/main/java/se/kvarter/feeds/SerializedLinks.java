package se.kvarter.feeds;

import java.util.Locale;

/**
 * Makes the site-relative links of a rendered body absolute by reading its tags as written: each
 * {@code href} of an {@code a} and {@code src} of an {@code img} that starts with one {@code /}
 * gets the origin put in front, and every other character stays as it is.
 *
 * <p>Why not jsoup: parsing and writing again every body of a large site cost seconds of a build
 * (bench/RESULTS.md), and bodies are serialised HTML (CommonMark's output and the sanitiser's),
 * in which a {@code <} always starts a tag and every attribute value is in double quotes. Markup
 * outside that form (a comment, a doctype, a processing instruction, a value in single quotes or
 * none, the content of {@code script} or {@code textarea} and their kin, a {@code <} that starts
 * no tag), which only an author's own HTML under {@code trustedHtml} can have, makes
 * {@link #rewrite} answer null, and {@link Urls} reads that body with jsoup.
 */
final class SerializedLinks {

    /** Where a reading stopped at markup outside the plainly serialised form. */
    private static final int UNSURE = -1;

    private final String html;
    private final String origin;
    private StringBuilder out;
    /** How much of {@code html} is in {@code out}. */
    private int copied;

    private SerializedLinks(String html, String origin) {
        this.html = html;
        this.origin = origin;
    }

    /** The body with its site-relative links made absolute, or null when it is not plainly serialised HTML. */
    static String rewrite(String html, String origin) {
        return new SerializedLinks(html, origin).rewrite();
    }

    private String rewrite() {
        int at = html.indexOf('<');
        while (at >= 0) {
            int end = at + 1 < html.length() && html.charAt(at + 1) == '/' ? endTag(at + 2) : startTag(at + 1);
            if (end == UNSURE) {
                return null;
            }
            at = html.indexOf('<', end + 1);
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** Reads the name of an end tag; answers where its {@code >} is. */
    private int endTag(int name) {
        int end = html.indexOf('>', name);
        return end > name && isAsciiLetter(html.charAt(name)) && nameEnd(name) == end ? end : UNSURE;
    }

    /** Reads a start tag from its name, making its link absolute; answers where its {@code >} is. */
    private int startTag(int name) {
        if (name >= html.length() || !isAsciiLetter(html.charAt(name))) {
            return UNSURE;
        }
        int position = nameEnd(name);
        String linkAttribute = linkAttribute(html.substring(name, position));
        if (linkAttribute == null) {
            return UNSURE;
        }
        boolean linkSeen = false; // a parser keeps the first of two attributes with one name
        while (true) {
            while (position < html.length() && isSpace(html.charAt(position))) {
                position++;
            }
            if (position >= html.length()) {
                return UNSURE;
            }
            if (html.charAt(position) == '>') {
                return position;
            }
            if (html.startsWith("/>", position)) {
                return position + 1;
            }
            int attribute = position;
            position = nameEnd(attribute);
            if (position == attribute) {
                return UNSURE;
            }
            boolean link = !linkSeen && !linkAttribute.isEmpty() && position - attribute == linkAttribute.length()
                    && html.regionMatches(true, attribute, linkAttribute, 0, linkAttribute.length());
            linkSeen |= link;
            if (position < html.length() && html.charAt(position) == '=') {
                position = value(position + 1, link);
                if (position == UNSURE) {
                    return UNSURE;
                }
            }
        }
    }

    /** Reads a quoted value from its opening quote, making it absolute if it is the link; answers where it ends. */
    private int value(int quote, boolean link) {
        if (quote >= html.length() || html.charAt(quote) != '"') {
            return UNSURE;
        }
        int value = quote + 1;
        int end = html.indexOf('"', value);
        if (end < 0 || link && end > value && html.charAt(value) == '&') {
            return UNSURE; // cut off, or a character reference, which a parser would decode first
        }
        if (link && siteRelative(value, end)) {
            out = out == null ? new StringBuilder(html.length() + 256) : out;
            out.append(html, copied, value).append(origin);
            copied = value;
        }
        return end + 1;
    }

    /**
     * The attribute whose value is a link to make absolute in this element ({@code href} of
     * {@code a}, {@code src} of {@code img}), "" for other elements, or null for the elements
     * whose content is text up to their end tag (which this reading does not follow), for
     * {@code image} (an {@code img} to a parser) and for SVG and MathML.
     */
    private static String linkAttribute(String element) {
        return switch (element.toLowerCase(Locale.ROOT)) {
            case "a" -> "href";
            case "img" -> "src";
            case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
                    "plaintext", "image", "svg", "math", "template" -> null;
            default -> "";
        };
    }

    /** A value such as {@code /platser/x/}, not one such as {@code //host/x} that already names its host. */
    private boolean siteRelative(int value, int end) {
        return end > value && html.charAt(value) == '/' && (end == value + 1 || html.charAt(value + 1) != '/');
    }

    /** Where the name of an element or attribute that starts at {@code start} ends. */
    private int nameEnd(int start) {
        int position = start;
        while (position < html.length() && !endsName(html.charAt(position))) {
            position++;
        }
        return position;
    }

    private static boolean endsName(char c) {
        return isSpace(c) || c == '>' || c == '/' || c == '=' || c == '"' || c == '\'' || c == '<';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
