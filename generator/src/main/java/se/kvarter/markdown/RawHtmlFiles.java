package se.kvarter.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.kvarter.source.Position;

/**
 * Attachments and images that an author's own HTML takes from {@code files/}
 * ({@code <img src="files/x.jpg" alt="…">}), as Markdown's {@code ![…](files/x.jpg)} does: each is
 * checked where it is written and given its URL on the site. Written as is, {@code files/x.jpg}
 * would be read relative to the page ({@code /om/files/x.jpg}) and lead nowhere. Images from
 * other sites are reported, as in Markdown, unless the HTML is trusted.
 */
final class RawHtmlFiles {

    private static final String[] ATTRIBUTES = {"src", "href"};

    private final LinkResolver links;
    private final boolean trusted;
    /** The site URL of every {@code files/} path found so far; only files that exist. */
    private final Map<String, String> urls = new LinkedHashMap<>();

    /** @param trusted whether the HTML is kept as written ({@code trustedHtml: true}), images from other sites too */
    RawHtmlFiles(LinkResolver links, boolean trusted) {
        this.links = links;
        this.trusted = trusted;
    }

    /**
     * Finds the {@code files/} references of one piece of raw HTML (a tag or a block), and
     * reports its images without alt text where they are written, with the other content errors
     * (the check of the built pages would find them too, but only once the content is valid).
     */
    void find(String html, Position at) {
        String lower = html.toLowerCase(Locale.ROOT);
        boolean images = lower.contains("<img");
        boolean outside = !trusted && images && html.contains("//");
        if (!html.contains("files/") && !images) {
            return;
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        int from = 0;
        for (Element image : fragment.select("img")) {
            from = Math.max(from, lower.indexOf("<img", from));
            if (!image.hasAttr("alt")) {
                links.problem("markdown.html-image-without-alt", at.within(html, from), image.attr("src"));
            }
            from += 4;
        }
        if (outside) {
            // The sanitiser drops images from other sites (they would see who reads the page):
            // said here, as for a Markdown image, rather than the image vanishing without a word.
            for (Element image : fragment.select("img[src*=//]")) {
                links.problem("markdown.image-outside-files", at, image.attr("src"));
            }
        }
        for (String attribute : ATTRIBUTES) {
            for (Element element : fragment.select("[" + attribute + "^=files/]")) {
                String path = element.attr(attribute);
                if (!urls.containsKey(path)) {
                    Optional<String> url = links.file(path, at);
                    url.ifPresent(u -> urls.put(path, u));
                }
            }
        }
    }

    boolean isEmpty() {
        return urls.isEmpty();
    }

    /** Points the {@code files/} references of a document at their URLs on the site. */
    void rewrite(Document document) {
        for (String attribute : ATTRIBUTES) {
            for (Element element : document.select("[" + attribute + "^=files/]")) {
                String url = urls.get(element.attr(attribute));
                if (url != null) {
                    element.attr(attribute, url);
                }
            }
        }
    }
}
