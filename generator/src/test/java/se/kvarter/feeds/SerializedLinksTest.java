package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import se.kvarter.markdown.LinkResolver;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.source.Position;

/**
 * Links made absolute in serialised bodies by reading their tags give what a parser's document
 * gives, and markup outside the plainly serialised form is left to the parser.
 */
class SerializedLinksTest {

    private static final String ORIGIN = "https://kommun.example";

    /** Knows every file and no content. */
    private static final LinkResolver FILES = new LinkResolver() {
        @Override
        public Optional<String> content(String scheme, String id, Position at) {
            return Optional.empty();
        }

        @Override
        public Optional<String> file(String path, Position at) {
            return Optional.of("/" + path);
        }

        @Override
        public void problem(String key, Position at, String value) {
        }
    };

    @Test
    void linksAndImagesOnTheSiteGetTheOriginAndNothingElseChanges() {
        String body = "<h2 id=\"x\">Rubrik</h2>\n<p>Se <a href=\"/platser/kallaren/\">Källaren</a>, "
                + "<a href=\"https://other.example/\">en annan</a>, <a href=\"//cdn.example/x\">cdn</a>, "
                + "<a href=\"#x\">här</a> och <a href=\"mailto:a@b.se\">mejl</a> &quot;citat&quot; &amp; mer.</p>\n"
                + "<p><img src=\"/filer/karta.png\" alt=\"Karta\" width=\"10\" height=\"5\"></p>\n"
                + "<p><a href=\"/\">Start</a><br><IMG SRC=\"/filer/a.png\" alt=\"\" /></p>";
        assertEquals(body.replace("href=\"/platser", "href=\"" + ORIGIN + "/platser")
                        .replace("src=\"/filer/karta", "src=\"" + ORIGIN + "/filer/karta")
                        .replace("href=\"/\"", "href=\"" + ORIGIN + "/\"")
                        .replace("SRC=\"/filer/a", "SRC=\"" + ORIGIN + "/filer/a"),
                SerializedLinks.rewrite(body, ORIGIN));
    }

    @Test
    void quotesAndTagsInTextAreText() {
        // jsoup writes quotes in text as they are: the sanitised body of an author who wrote about HTML
        String text = "<p>Skriv href=\"/x\" eller src=\"/y\" så här: <code>&lt;a href=\"/z\"&gt;</code></p>";
        assertEquals(text, SerializedLinks.rewrite(text, ORIGIN));
        String attribute = "<p title=\"<a href=&quot;/x&quot;>\">t</p>";
        assertEquals(attribute, SerializedLinks.rewrite(attribute, ORIGIN));
    }

    @Test
    void onlyTheFirstOfTwoLinkAttributesCounts() {
        assertEquals("<a href=\"" + ORIGIN + "/a/\" href=\"/b/\">x</a>",
                SerializedLinks.rewrite("<a href=\"/a/\" href=\"/b/\">x</a>", ORIGIN));
        assertEquals("<a href data-x=\"1\" href=\"/b/\">x</a>",
                SerializedLinks.rewrite("<a href data-x=\"1\" href=\"/b/\">x</a>", ORIGIN));
        assertEquals("<div href=\"/a/\"><link href=\"/b/\"></div>",
                SerializedLinks.rewrite("<div href=\"/a/\"><link href=\"/b/\"></div>", ORIGIN));
    }

    @Test
    void markupOutsideTheSerialisedFormIsLeftToAParser() {
        for (String html : List.of("<p>a <!-- <a href=\"/x\"> --></p>", "<script>var a = '<a href=\"/x\">';</script>",
                "<a href='/x'>x</a>", "<a href=/x>x</a>", "<p>1 < 2 <a href=\"/x\">x</a></p>", "<a href=\"&#47;x\">x</a>",
                "<textarea><a href=\"/x\"></textarea>", "<svg><a href=\"/x\">x</a></svg>", "<a href=\"/x\"", "<a x/y>",
                "</ p>", "<?php ?>", "<p>a <", "<a \"x\">", "<a href = \"/x\">x</a>")) {
            assertNull(SerializedLinks.rewrite(html, ORIGIN), html);
        }
    }

    @Test
    void renderedMarkdownIsAlwaysPlainlySerialised() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        String source = "# Rubrik\n\nText med [länk](/platser/x/), ![bild](files/a.png \"decorative\") och "
                + "`<a href=\"/kod\">` i kod, \"citat\" & <https://example.org>.\n\n"
                + "| a | b |\n|---|---|\n| [c](/c/) | d |\n\n<div>egen <a href=\"/html/\">html</a> \"citat\"</div>\n";
        for (boolean trusted : List.of(false, true)) {
            String html = markdown.render(source, "news/x.md", 1, FILES, trusted);
            String rewritten = SerializedLinks.rewrite(html, ORIGIN);
            assertNotNull(rewritten, html);
            assertEquals(parsedAndMadeAbsolute(html), normalised(rewritten), html);
        }
    }

    /** Markup in the serialised form: always read, never left to the parser. */
    private static final List<String> SERIALISED = List.of("<p>", "</p>", "<a href=\"/platser/x/\">",
            "<a href=\"//cdn/x\">", "<a href=\"https://e.example/\">", "</a>", "<img src=\"/filer/a.png\" alt=\"\">",
            "<img alt=\"x\" src=\"/\">", "<IMG SRC=\"/b.png\"/>", "<a title=\"x &quot; y\" href=\"/t/\">",
            "<a href=\"/a/\" href=\"/b/\">", "text ", "\"quoted\" ", "href=\"/text/\" ", "&amp; ",
            "&lt;a href=\"/esc/\"&gt;", "<br>", "<hr/>", "\n", "<h2 id=\"r\">", "</h2>", "<code>", "</code>",
            "<div data-href=\"/no/\">", "</div>", "<a href>", "<img src=\"\">", "<td align=\"left\">");
    /** Markup outside it. */
    private static final List<String> UNSURE = List.of("<p title='/x'>", "<!-- c -->",
            "<script>\"<a href=\"/s\">\"</script>", "<a href=/u>", "1 < 2");

    @Property(tries = 500)
    void givesWhatAParsersDocumentGives(@ForAll("bodies") List<String> pieces) {
        String html = String.join("", pieces);
        String rewritten = SerializedLinks.rewrite(html, ORIGIN);
        if (pieces.stream().noneMatch(UNSURE::contains)) {
            assertNotNull(rewritten, html);
        }
        if (rewritten != null) {
            assertEquals(parsedAndMadeAbsolute(html), normalised(rewritten), html);
        }
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(SERIALISED)), Tuple.of(1, Arbitraries.of(UNSURE)));
        return pieces.list().ofMaxSize(16);
    }

    /** What the open data did before: parse, set the links, write the document out again; the document a reader's parser makes. */
    private static String parsedAndMadeAbsolute(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("a[href^=/], img[src^=/]")) {
            String attribute = element.normalName().equals("a") ? "href" : "src";
            String value = element.attr(attribute);
            if (!value.startsWith("//")) {
                element.attr(attribute, ORIGIN + value);
            }
        }
        return document.body().html();
    }

    private static String normalised(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document.body().html();
    }
}
