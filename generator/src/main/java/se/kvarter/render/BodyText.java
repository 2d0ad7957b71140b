package se.kvarter.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The text of a rendered body for the search index's words: its characters without the tags, a
 * space where a block or a line break separates words, entities decoded.
 *
 * <p>Bodies are serialised HTML (CommonMark's output and the sanitiser's): a {@code <} starts a
 * tag and attribute values are quoted, so the tags can be skipped without building a document
 * for each of a city's thousands of news bodies. Markup outside
 * that form (a comment, a script or style, CDATA), which only an author's own HTML on a site with
 * {@code trustedHtml} can have, is read by jsoup. Only word boundaries matter to the index, so
 * spacing is not kept as a browser would show it.
 */
final class BodyText {

    /**
     * Elements inside a line of text: no word boundary at their tags. By length, then name: every
     * tag of every body is looked up here, without a string made of its name.
     */
    private static final String[][] INLINE = byLength("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
            "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "img", "wbr");

    /** Elements whose content is not markup as the rest is (and the markup of comments, {@code <!}, {@code <?}): jsoup reads those. */
    private static final List<String> RAW_TEXT = List.of("script", "style", "textarea", "title");
    /** The first letters of {@link #RAW_TEXT}'s names: most tags start with none of them. */
    private static final String RAW_TEXT_FIRSTS = RAW_TEXT.stream().map(name -> name.substring(0, 1)).distinct()
            .reduce("", String::concat);

    /** The first character after Latin-1. */
    private static final char LATIN1_END = '\u0100';

    private BodyText() {
    }

    static String of(String html) {
        return of(html, new StringBuilder(html.length())).toString();
    }

    /**
     * The text of {@code html}, put into {@code text} (emptied first) when it has no character
     * references, else as a new string: the index reads the bodies of a city's news one after the
     * other, and keeps none of their texts.
     */
    static CharSequence of(String html, StringBuilder text) {
        text.setLength(0);
        int length = html.length();
        int i = 0;
        while (i < length) {
            int tag = html.indexOf('<', i);
            if (tag < 0) {
                text.append(html, i, length);
                break;
            }
            text.append(html, i, tag);
            if (tag + 1 < length && (html.charAt(tag + 1) == '!' || html.charAt(tag + 1) == '?')) {
                return Jsoup.parse(html).text();
            }
            boolean closing = tag + 1 < length && html.charAt(tag + 1) == '/';
            int nameStart = closing ? tag + 2 : tag + 1;
            if (!closing && startsRawText(html, nameStart)) {
                return Jsoup.parse(html).text();
            }
            int nameEnd = nameStart;
            while (nameEnd < length && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (!isInline(html, nameStart, nameEnd)) {
                text.append(' ');
            }
            i = afterTag(html, nameEnd);
        }
        // a reference in the text is one in the body (in an attribute, it may be in the body alone)
        return html.indexOf('&') < 0 || text.indexOf("&") < 0 ? text : Parser.unescapeEntities(text.toString(), false);
    }

    /**
     * The text of {@code html} as {@link #of} gives it, written over {@code chars} (at least as
     * long as the body), when it is only Latin-1 characters and holds no character reference or
     * markup jsoup must read; else -1, and the body is read by {@link #of}. Most bodies are such
     * text: read this way, each is copied and read once, not searched for tags, copied into a
     * builder, searched for references and copied again.
     *
     * @return how many characters of {@code chars} are the text, or -1
     */
    static int latin1Text(String html, char[] chars) {
        int length = html.length();
        html.getChars(0, length, chars, 0);
        int n = 0;
        int i = 0;
        while (i < length) {
            char c = chars[i];
            if (c != '<') {
                if (c == '&' || c >= LATIN1_END) {
                    return -1;
                }
                chars[n++] = c; // never ahead of i: the text is what is left without the tags
                i++;
                continue;
            }
            int tag = i;
            if (tag + 1 < length && (chars[tag + 1] == '!' || chars[tag + 1] == '?')) {
                return -1;
            }
            boolean closing = tag + 1 < length && chars[tag + 1] == '/';
            int nameStart = closing ? tag + 2 : tag + 1;
            if (!closing && startsRawText(html, nameStart)) {
                return -1;
            }
            int nameEnd = nameStart;
            while (nameEnd < length && Character.isLetterOrDigit(chars[nameEnd])) {
                if (chars[nameEnd] >= 0x80) {
                    return -1; // a name read by isInline's general case
                }
                nameEnd++;
            }
            if (!isInline(html, nameStart, nameEnd)) {
                chars[n++] = ' ';
            }
            i = afterTag(html, nameEnd);
        }
        return n;
    }

    /** Where the text goes on after the tag whose name ends at {@code from}: past its '>', and past quoted values, which may hold one. */
    private static int afterTag(String html, int from) {
        int length = html.length();
        char quote = 0;
        int i = from;
        while (i < length && (quote != 0 || html.charAt(i) != '>')) {
            char d = html.charAt(i);
            if (quote == 0 && (d == '"' || d == '\'')) {
                quote = d;
            } else if (d == quote) {
                quote = 0;
            }
            i++;
        }
        return i + 1;
    }

    private static String[][] byLength(String... names) {
        int longest = Arrays.stream(names).mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int size = length;
            byLength[length] = Arrays.stream(names).filter(name -> name.length() == size).toArray(String[]::new);
        }
        return byLength;
    }

    /**
     * Whether the tag name {@code html[start, end)} is one of {@link #INLINE}, in any case as
     * {@link String#toLowerCase(Locale)} with the root locale makes it: a name of ASCII letters and
     * digits is compared as it stands, any other is put in lower case first.
     */
    private static boolean isInline(String html, int start, int end) {
        for (int i = start; i < end; i++) {
            if (html.charAt(i) >= 0x80) {
                String name = html.substring(start, end).toLowerCase(Locale.ROOT);
                return name.length() < INLINE.length && Arrays.asList(INLINE[name.length()]).contains(name);
            }
        }
        int length = end - start;
        if (length >= INLINE.length) {
            return false;
        }
        for (String name : INLINE[length]) {
            if (html.regionMatches(true, start, name, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an element of {@link #RAW_TEXT} starts at {@code at} (a loop, not a stream: every tag of every body asks). */
    private static boolean startsRawText(String html, int at) {
        if (at >= html.length() || RAW_TEXT_FIRSTS.indexOf(html.charAt(at)) < 0) {
            return false;
        }
        for (String name : RAW_TEXT) {
            if (html.startsWith(name, at)) {
                return true;
            }
        }
        return false;
    }
}
