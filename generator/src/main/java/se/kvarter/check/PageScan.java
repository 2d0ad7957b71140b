package se.kvarter.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What the page check needs from one HTML page: its ids (and the ids it repeats), how many
 * {@code h1} it has, whether it is a redirect, its images without alt text, and the addresses of
 * its links, images and scripts, each at the line and column where its element starts.
 *
 * <p>A page is read by its tags alone ({@link PageTokens}), without building a document tree,
 * and gives what jsoup finds in the tree it builds: names in any case, the first of repeated
 * attributes, attribute values with character references decoded, and no elements inside
 * {@code title}, {@code textarea} and the other elements whose content is text. Where the two
 * could read the markup differently (see {@link PageTokens}) the page is read with jsoup instead,
 * as {@link #tree} does. Built pages do not have such markup. What this does not repeat is how
 * jsoup's tree builder repairs invalid nesting (it drops a stray {@code td}, copies a misnested
 * {@code a} into the next paragraph); built pages are valid HTML.
 */
record PageScan(Set<String> ids, List<Found> duplicateIds, int headings, boolean redirect,
                List<Found> imagesWithoutAlt, List<Link> links) {

    /** A value on a page, at the line and column (both 1-based, in UTF-16 units) where its element starts. */
    record Found(String value, int line, int column) {
    }

    /**
     * The address of a link, image or script, and where its element starts: at {@code offset} in
     * the page's UTF-8 bytes ({@link PageTokens#position} gives its line and column), or, when
     * the offset is negative, at {@code line} and {@code column}.
     */
    record Link(String value, int offset, int line, int column) {
    }

    /** This scan with the line and column of every link worked out from {@code utf8}, the page it read. */
    PageScan placed(byte[] utf8) {
        List<Link> placed = new ArrayList<>(links.size());
        for (Link link : links) {
            int[] at = link.offset() < 0 ? new int[] {link.line(), link.column()} : PageTokens.position(utf8, link.offset());
            placed.add(new Link(link.value(), -1, at[0], at[1]));
        }
        return new PageScan(ids, duplicateIds, headings, redirect, imagesWithoutAlt, placed);
    }

    /** Reads the page {@code utf8}, as the site's files are: HTML encoded in UTF-8. */
    static PageScan of(byte[] utf8) {
        try {
            return PageTokens.read(utf8);
        } catch (PageTokens.Unsure e) {
            return tree(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    /** Reads {@code html}. */
    static PageScan of(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code html} by its tags.
     *
     * @throws PageTokens.Unsure when the markup is one that jsoup could read differently
     */
    static PageScan tokens(String html) throws PageTokens.Unsure {
        return PageTokens.read(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads {@code html} into a jsoup document and finds the same in its tree. */
    static PageScan tree(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> ids = new HashSet<>();
        List<Found> duplicateIds = new ArrayList<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                duplicateIds.add(found(element, element.id()));
            }
        }
        List<Found> imagesWithoutAlt = new ArrayList<>();
        for (Element image : page.select("img")) {
            if (!image.hasAttr("alt")) {
                imagesWithoutAlt.add(found(image, image.attr("src")));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
            Found found = found(link, link.hasAttr("href") ? link.attr("href") : link.attr("src"));
            links.add(new Link(found.value(), -1, found.line(), found.column()));
        }
        return new PageScan(ids, duplicateIds, page.select("h1").size(),
                page.selectFirst("meta[http-equiv=refresh]") != null, imagesWithoutAlt, links);
    }

    private static Found found(Element element, String value) {
        var range = element.sourceRange();
        return range.isTracked()
                ? new Found(value, range.start().lineNumber(), range.start().columnNumber())
                : new Found(value, 1, 1);
    }
}
