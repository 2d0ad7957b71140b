package se.kvarter.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps the HTML that Markdown and careful authors produce and drops everything that can run
 * code or pull in other sites: no script, style, iframe, form, event handler or
 * {@code javascript:} URL survives. Links may be relative (site paths) or http, https, mailto
 * and tel; images come from the site itself.
 */
final class HtmlSanitizer {

    // Relative links are checked against this made-up base; it never appears in the output.
    private static final String BASE = "https://kvarter.invalid/";

    private final Safelist safelist = Safelist.relaxed()
            .addTags("abbr", "del", "s", "ins", "mark", "kbd", "samp", "var", "details", "summary", "figure",
                    "figcaption", "hr", "time", "bdi", "bdo", "wbr")
            .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("abbr", "title").addAttributes("time", "datetime")
            .addAttributes("code", "class").addAttributes("th", "align", "scope").addAttributes("td", "align")
            .addAttributes(":all", "lang", "dir")
            .addAttributes("a", "hreflang")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .preserveRelativeLinks(true);
    private final Cleaner cleaner = new Cleaner(safelist);

    private final Document.OutputSettings output = new Document.OutputSettings()
            .prettyPrint(false)
            .escapeMode(Entities.EscapeMode.base)
            .charset("UTF-8");

    /** @param files the {@code files/} references of the author's HTML, pointed at their site URLs */
    String clean(String html, RawHtmlFiles files) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
        files.rewrite(clean);
        // Images from other sites would tell them who reads the page: only the site's own are kept.
        for (Element image : clean.select("img[src]")) {
            String src = image.attr("src");
            if (src.startsWith("//") || src.contains("://")) {
                image.remove();
            }
        }
        clean.outputSettings(output);
        return clean.body().html();
    }

    /** Trusted HTML as written but for its {@code files/} references, pointed at their site URLs. */
    String withFiles(String html, RawHtmlFiles files) {
        Document document = Jsoup.parseBodyFragment(html);
        files.rewrite(document);
        document.outputSettings(output);
        return document.body().html();
    }
}
