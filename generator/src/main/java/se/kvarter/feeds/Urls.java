package se.kvarter.feeds;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import se.kvarter.model.SiteSettings;
import se.kvarter.model.SitePaths;

/**
 * Absolute URLs for open data, which is read away from the site: page paths become
 * {@code https://host/path}, and the site-relative links inside rendered HTML are made absolute too.
 */
public final class Urls {

    private final String origin;
    private final SitePaths paths;
    private final OpenDataCache cache;

    public Urls(SiteSettings settings) {
        this(settings, OpenDataCache.forOneBuild());
    }

    Urls(SiteSettings settings, OpenDataCache cache) {
        this.cache = cache;
        String base = settings.baseUrl();
        this.origin = base.substring(0, base.length() - settings.basePath().length());
        this.paths = SitePaths.of(settings, settings.language());
    }

    public SitePaths paths() {
        return paths;
    }

    /** The absolute URL of a root-relative path such as {@code /platser/x/}. */
    public String absolute(String path) {
        return origin + path;
    }

    /** The same HTML with {@code href} and {@code src} values that start with {@code /} made absolute. */
    public String absoluteLinks(String html) {
        if (html == null || html.isEmpty() || !(html.contains("href=\"/") || html.contains("src=\"/"))) {
            return html;
        }
        // The same body goes into several files (the JSON API, Atom, JSON Feed): parsed once.
        return cache.absoluteLinks(origin, html, this::madeAbsolute);
    }

    private String madeAbsolute(String html) {
        String rewritten = SerializedLinks.rewrite(html, origin);
        return rewritten != null ? rewritten : parsedAndMadeAbsolute(html);
    }

    /** For an author's own HTML (on a site with {@code trustedHtml}) that is not plainly serialised. */
    private String parsedAndMadeAbsolute(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("a[href^=/], img[src^=/]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String value = element.attr(attribute);
            if (!value.startsWith("//")) {
                element.attr(attribute, origin + value);
            }
        }
        return document.body().html();
    }
}
