package se.kvarter.feeds.news;

import java.io.StringWriter;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.Json;
import se.kvarter.feeds.Urls;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;
import se.kvarter.output.OutputFile;

/**
 * The news as Atom 1.0 ({@code /nyheter/feed.atom}) and JSON Feed 1.1 ({@code /nyheter/feed.json}):
 * the newest {@value #ENTRIES} listed articles, each identified by its page URL, which never
 * changes, and dated by its own date, so the feeds change only when the news do.
 */
public final class NewsFeeds {

    static final int ENTRIES = 50;
    public static final String ATOM = "nyheter/feed.atom";
    public static final String JSON_FEED = "nyheter/feed.json";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";

    private final Site site;
    private final Urls urls;
    private final ZoneId zone;
    private final List<NewsArticle> articles;

    public NewsFeeds(Site site, Urls urls) {
        this(site, urls, ENTRIES);
    }

    /**
     * The feeds with at most {@code entries} of the newest articles: fewer than {@value #ENTRIES}
     * only for an example of how the feed starts, which is the same for its first lines.
     */
    public NewsFeeds(Site site, Urls urls, int entries) {
        this.site = site;
        this.urls = urls;
        this.zone = site.settings().timezone();
        List<NewsArticle> listed = site.defaultEdition().listedNews(site.now().instant());
        this.articles = listed.subList(0, Math.min(Math.min(entries, ENTRIES), listed.size()));
    }

    public OutputFile atom() {
        SiteSettings settings = site.settings();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            xml.writeAttribute("xml:lang", settings.language());
            element(xml, 1, "id", settings.baseUrl() + ATOM);
            element(xml, 1, "title", settings.title() + " – nyheter");
            if (settings.description() != null) {
                element(xml, 1, "subtitle", settings.description());
            }
            element(xml, 1, "updated", updated());
            link(xml, 1, "self", settings.baseUrl() + ATOM, "application/atom+xml");
            link(xml, 1, "alternate", urls.absolute(urls.paths().news(1)), "text/html");
            indent(xml, 1);
            xml.writeStartElement("author");
            element(xml, 2, "name", settings.publisher() != null ? settings.publisher().name() : settings.title());
            indent(xml, 1);
            xml.writeEndElement();
            element(xml, 1, "generator", "kvarter");
            for (NewsArticle article : articles) {
                entry(xml, article);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return new OutputFile(ATOM, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void entry(XMLStreamWriter xml, NewsArticle article) throws XMLStreamException {
        String url = urls.absolute(urls.paths().article(article.id()));
        indent(xml, 1);
        xml.writeStartElement("entry");
        element(xml, 2, "id", url);
        element(xml, 2, "title", article.title());
        link(xml, 2, "alternate", url, "text/html");
        element(xml, 2, "published", dateTime(article.date()));
        element(xml, 2, "updated", dateTime(article.date()));
        if (article.author() != null) {
            indent(xml, 2);
            xml.writeStartElement("author");
            element(xml, 3, "name", article.author());
            indent(xml, 2);
            xml.writeEndElement();
        }
        if (article.summary() != null) {
            element(xml, 2, "summary", article.summary());
        }
        indent(xml, 2);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(urls.absoluteLinks(article.bodyHtml()));
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
    }

    public OutputFile jsonFeed(Json json) {
        SiteSettings settings = site.settings();
        String author = settings.publisher() != null ? settings.publisher().name() : settings.title();
        List<Obj> items = articles.stream().map(article -> Json.obj()
                .with("id", urls.absolute(urls.paths().article(article.id())))
                .with("url", urls.absolute(urls.paths().article(article.id())))
                .with("title", article.title())
                .with("content_html", urls.absoluteLinks(article.bodyHtml()))
                .with("summary", article.summary())
                .with("image", article.image() == null ? null : urls.absolute(urls.paths().file(article.image().src())))
                .with("date_published", dateTime(article.date()))
                .withList("authors", article.author() == null ? List.of() : List.of(Json.obj().with("name", article.author())))
                .withList("attachments", article.attachments().stream().map(a -> Json.obj()
                        .with("url", urls.absolute(urls.paths().file(a.file())))
                        .with("mime_type", mediaType(a.file()))
                        .with("title", a.title())
                        .with("size_in_bytes", a.bytes())).toList()))
                .toList();
        Obj feed = Json.obj()
                .with("version", "https://jsonfeed.org/version/1.1")
                .with("title", settings.title() + " – nyheter")
                .with("home_page_url", urls.absolute(urls.paths().news(1)))
                .with("feed_url", settings.baseUrl() + JSON_FEED)
                .with("description", settings.description())
                .with("language", settings.language())
                .with("authors", List.of(Json.obj().with("name", author)))
                .with("items", items);
        return json.file(JSON_FEED, feed);
    }

    /** The newest article's date, or the reference date when there is no news. */
    private String updated() {
        return dateTime(articles.isEmpty() ? site.now().date() : articles.get(0).date());
    }

    private String dateTime(LocalDate date) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atStartOfDay(zone));
    }

    private static String mediaType(String file) {
        String type = URLConnection.getFileNameMap().getContentTypeFor(file);
        return type != null ? type : "application/octet-stream";
    }

    private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, int depth, String rel, String href, String type) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
