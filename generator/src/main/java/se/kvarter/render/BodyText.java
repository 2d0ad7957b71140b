package se.kvarter.render;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The text of a rendered body for the search index's words: its characters without the tags, a
 * space where a block or a line break separates words, entities decoded.
 *
 * <p>Bodies are serialised HTML (CommonMark's output and the sanitiser's): a {@code <} starts a
 * tag and attribute values are quoted, so the tags can be skipped without building a document,
 * which for the 9,000 news bodies of a large site took jsoup a sixth of the build. Markup outside
 * that form (a comment, a script or style, CDATA), which only an author's own HTML on a site with
 * {@code trustedHtml} can have, is read by jsoup. Only word boundaries matter to the index, so
 * spacing is not kept as a browser would show it.
 */
final class BodyText {

    /** Elements inside a line of text: no word boundary at their tags. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
            "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
            "img", "wbr");

    private BodyText() {
    }

    static String of(String html) {
        if (html.contains("<!") || html.contains("<?") || html.contains("<script") || html.contains("<style")
                || html.contains("<textarea") || html.contains("<title")) {
            return Jsoup.parse(html).text();
        }
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                text.append(c);
                i++;
                continue;
            }
            int nameStart = html.charAt(Math.min(i + 1, html.length() - 1)) == '/' ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.length() && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (!INLINE.contains(html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
                text.append(' ');
            }
            // to the tag's end, past quoted values, which may hold a '>'
            char quote = 0;
            i = nameEnd;
            while (i < html.length() && (quote != 0 || html.charAt(i) != '>')) {
                char d = html.charAt(i);
                if (quote == 0 && (d == '"' || d == '\'')) {
                    quote = d;
                } else if (d == quote) {
                    quote = 0;
                }
                i++;
            }
            i++;
        }
        return Parser.unescapeEntities(text.toString(), false);
    }
}
