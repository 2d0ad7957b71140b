package se.kvarter.feeds.sitemap;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.kvarter.model.Edition;
import se.kvarter.model.Place;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;

/**
 * {@code sitemap.xml} with every page search engines should know (not the 404 page, not the
 * redirects at old addresses, not expired news, whose pages stay only for the links to them),
 * split into numbered sitemaps under a sitemap index when there are more than the protocol's
 * 50,000 URLs; and {@code robots.txt}, which points at it.
 */
public final class SitemapWriter {

    static final int URLS_PER_SITEMAP = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Site site;

    public SitemapWriter(Site site) {
        this.site = site;
    }

    /**
     * @param pages the output paths of the HTML pages, such as {@code platser/x/index.html}
     */
    public List<OutputFile> files(List<String> pages) {
        Set<String> skipped = new HashSet<>();
        skipped.add("404.html");
        for (Place place : site.defaultEdition().places()) {
            place.entry().aliases().forEach(alias -> skipped.add(alias.endsWith("/") ? alias + "index.html" : alias));
        }
        for (Edition edition : site.editions()) {
            SitePaths paths = SitePaths.of(site.settings(), edition.language());
            edition.news().stream()
                    .filter(article -> article.expiredAt(site.now().instant()))
                    .forEach(article -> skipped.add(paths.outputFile(paths.article(article.id()))));
        }
        List<String> urls = new ArrayList<>();
        for (String page : pages.stream().filter(p -> p.endsWith(".html")).sorted().toList()) {
            if (!skipped.contains(page)) {
                urls.add(site.settings().baseUrl() + (page.endsWith("index.html")
                        ? page.substring(0, page.length() - "index.html".length()) : page));
            }
        }
        List<OutputFile> files = new ArrayList<>();
        if (urls.size() <= URLS_PER_SITEMAP) {
            files.add(new OutputFile("sitemap.xml", document("urlset", "url", urls)));
        } else {
            List<String> parts = new ArrayList<>();
            for (int from = 0, n = 1; from < urls.size(); from += URLS_PER_SITEMAP, n++) {
                String name = "sitemap-" + n + ".xml";
                files.add(new OutputFile(name, document("urlset", "url",
                        urls.subList(from, Math.min(urls.size(), from + URLS_PER_SITEMAP)))));
                parts.add(site.settings().baseUrl() + name);
            }
            files.add(new OutputFile("sitemap.xml", document("sitemapindex", "sitemap", parts)));
        }
        files.add(OutputFile.text("robots.txt",
                "User-agent: *\nAllow: /\n\nSitemap: " + site.settings().baseUrl() + "sitemap.xml\n"));
        return files;
    }

    private static byte[] document(String root, String item, List<String> locations) {
        StringWriter text = new StringWriter(locations.size() * 80 + 200);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            for (String location : locations) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(item);
                xml.writeStartElement("loc");
                xml.writeCharacters(location);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
