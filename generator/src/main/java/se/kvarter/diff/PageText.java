package se.kvarter.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * What a resident reads on a page: the visible text of its {@code <main>} as lines (a paragraph,
 * a list item, a table row, a heading is a line), its {@code <h1>} as its name and the
 * language of its {@code <html lang>}. Markup,
 * attributes and scripts are not read, so a change of markup alone changes nothing here.
 */
record PageText(String name, String language, List<String> lines) {

    // elements that start and end a line of text; inline ones (a, strong, time, span) do not
    private static final Set<String> LINE_ELEMENTS = Set.of("address", "article", "aside", "blockquote", "br",
            "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Set<String> UNSEEN = Set.of("script", "style", "template", "svg", "noscript");

    static PageText read(Path file) throws IOException {
        Document document = Jsoup.parse(file.toFile(), "UTF-8");
        Element main = document.selectFirst("main");
        Element h1 = document.selectFirst("h1");
        String name = h1 != null ? h1.text() : document.title();
        return new PageText(name, document.selectFirst("html").attr("lang"), main == null ? List.of() : lines(main));
    }

    private static List<String> lines(Element main) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        main.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.text());
                } else if (node instanceof Element element) {
                    if (UNSEEN.contains(element.normalName()) || element.hasAttr("hidden")) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (LINE_ELEMENTS.contains(element.normalName())) {
                        end(line, lines);
                    } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                        line.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && LINE_ELEMENTS.contains(element.normalName())) {
                    end(line, lines);
                }
                return FilterResult.CONTINUE;
            }
        });
        end(line, lines);
        return lines;
    }

    private static void end(StringBuilder line, List<String> lines) {
        String text = StringUtil.normaliseWhitespace(line.toString()).strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
