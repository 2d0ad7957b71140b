package se.kvarter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kvarter.TestSites;
import se.kvarter.check.PageScan.Found;

/**
 * The scan of a page by its tags must find exactly what jsoup finds in the document tree it builds
 * (which is how the check read pages before): the same ids, headings, images and addresses, with
 * the same values and at the same lines and columns.
 */
class PageScanTest {

    @Test
    void anAddressIsReadWithItsCharacterReferencesDecoded() throws PageTokens.Unsure {
        String html = "<a href=\"/sok/?q=kaffe&amp;sida=2\">a</a>\n"
                + "<a href='/x?a=1&b=2&copy=3'>b</a><img src=/bild&#x41;.png alt=\"\">";

        assertEquals(List.of(new Found("/sok/?q=kaffe&sida=2", 1, 1), new Found("/x?a=1&b=2&copy=3", 2, 1),
                new Found("/bildA.png", 2, 34)), links(PageScan.tokens(html), html));
    }

    @Test
    void aRepeatedIdIsFoundAtTheStartOfItsElement() throws PageTokens.Unsure {
        PageScan scan = PageScan.tokens("<main id=\"innehall\">\n<h1>Om</h1>\n\t<div>\t<p ID=innehall>x</p></div></main>");

        assertEquals(Set.of("innehall"), scan.ids());
        assertEquals(List.of(new Found("innehall", 3, 8)), scan.duplicateIds(), "a tab is one column, as in jsoup");
        assertEquals(1, scan.headings());
    }

    @Test
    void namesAreReadInAnyCaseAndTheFirstOfRepeatedAttributesCounts() throws PageTokens.Unsure {
        String html = "<H1>a</H1><A HREF=\"/a/\" href=\"/b/\">a</A><IMG SRC=\"/c.png\"><Meta HTTP-EQUIV=REFRESH>";
        PageScan scan = PageScan.tokens(html);

        assertEquals(1, scan.headings());
        assertEquals(List.of(new Found("/a/", 1, 11), new Found("/c.png", 1, 41)), links(scan, html));
        assertEquals(List.of(new Found("/c.png", 1, 41)), scan.imagesWithoutAlt());
        assertTrue(scan.redirect());
    }

    @Test
    void columnsCountUtf16UnitsAndOnlyLineFeedsStartALine() throws PageTokens.Unsure {
        String html = "<p>😀 å</p><a href=\"/x\">x</a>\r\n<a href=\"/y\">y</a>";

        assertEquals(List.of(new Found("/x", 1, 12), new Found("/y", 2, 1)), links(PageScan.tokens(html), html));
    }

    @Test
    void theContentOfTitleTextareaAndScriptIsText() throws PageTokens.Unsure {
        String html = "<title>A <a href=/t>b</a></title><textarea><img src=/q.png></textarea>"
                + "<script>var a = '<a href=\"/s\">';</script><a href=/after>x</a>";
        PageScan scan = PageScan.tokens(html);

        assertEquals(List.of(new Found("/after", 1, 112)), links(scan, html));
        assertEquals(List.of(), scan.imagesWithoutAlt());
    }

    @Test
    void markupTheTwoParsersCouldReadDifferentlyIsLeftToJsoup() {
        String cutOff = "<h1>Om</h1><p><a href=\"/x\">x</a><a href=\"/y";
        String commentClosedEarly = "<!--><a href=\"/x\" id=a>x</a>--><h1 id=a>Om</h1>";
        String lessThanInText = "<p>1 </ <a href=/x>x</a> 2</p>";

        for (String html : List.of(cutOff, commentClosedEarly, lessThanInText)) {
            assertThrows(PageTokens.Unsure.class, () -> PageScan.tokens(html), html);
            assertEquals(PageScan.tree(html), placed(PageScan.of(html), html), html);
        }
        assertEquals(List.of(new Found("/x", 1, 15)), links(PageScan.of(cutOff), cutOff));
        assertEquals(List.of(new Found("a", 1, 32)), PageScan.of(commentClosedEarly).duplicateIds());
        assertEquals(List.of(), links(PageScan.of(lessThanInText), lessThanInText), "</ starts a comment up to the next >");
    }

    @Test
    void aSelfClosedSvgHasNoContentButASlashInAnUnquotedValueClosesNothing() throws PageTokens.Unsure {
        String closed = "<svg viewBox=\"0 0 1 1\"/><title>x <a href=/t></title><a href=/u>";
        String open = "<svg viewBox=0/><title>x <a href=/t></title></svg><a href=/u>";

        assertEquals(List.of(new Found("/u", 1, 53)), links(PageScan.tokens(closed), closed));
        assertEquals(PageScan.tree(closed), placed(PageScan.tokens(closed), closed));
        assertThrows(PageTokens.Unsure.class, () -> PageScan.tokens(open), "an SVG title holds markup");
        assertEquals(List.of("/t", "/u"), PageScan.of(open).links().stream().map(PageScan.Link::value).toList());
    }

    /** The scan of {@code html} with its links at their lines and columns, as the check reports a broken one. */
    private static PageScan placed(PageScan scan, String html) {
        return scan.placed(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The links of the scan of {@code html}, each at its line and column. */
    private static List<Found> links(PageScan scan, String html) {
        return placed(scan, html).links().stream().map(link -> new Found(link.value(), link.line(), link.column())).toList();
    }

    static Stream<Path> goldenPages() throws IOException {
        try (Stream<Path> paths = Files.walk(TestSites.root().resolve("generator/src/test/resources/golden"))) {
            return paths.filter(path -> path.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenPages")
    void everyGoldenPageIsReadAsJsoupReadsIt(Path page) throws IOException, PageTokens.Unsure {
        String html = Files.readString(page, StandardCharsets.UTF_8);

        assertEquals(PageScan.tree(html), placed(PageScan.tokens(html), html), page.toString());
    }

    static List<String> oddMarkup() {
        return List.of(
                "<a href=\"/x?a=1&amp;b=2\">x</a><a href='/y?a=1&b=2&copy=3&amp'>y</a><a href=/z&#x41;&lt;>z</a>",
                "<A HREF=\"/x\" href=\"/y\">x</A><IMG SRC=a.png ID=i><img src=b.png alt><img alt=\"\"><img>",
                "<p id=a>1</p>\n<div id=a>2</div>\n\t<span id=\"a\">3</span><p id>e</p><p id=\"\">f</p>",
                "<title>a <a href=/t id=t>b</a></title><textarea><img src=q></textarea><TEXTAREA/><a href=/r></textarea>",
                "<xmp><a href=/x></xmp><iframe><a href=/i></iframe><noembed><a href=/n></noembed><noframes><a href=/f></noframes>",
                "<noscript><a href=/ns id=ns></noscript><template><a href=/tp><h1>t</h1></template>",
                "<head><noscript><link href=/l rel=stylesheet><a href=/hn></noscript></head>",
                "<script src=/s.js></script><style>a{}</style><script src=/s2.js href=/h.js></script>",
                "<script src=/s.js />\n<a href=/after-script>x</a></script><style/><a href=/after-style></style>",
                "<meta http-equiv=Refresh content=0><h1>a</h1><h1>b</h1>",
                "<meta HTTP-EQUIV=\"refresh\"><meta http-equiv=\" refresh\"><meta http-equiv=\"refre\u017Fh\">",
                "<svg><a href=/svg id=s><rect id=s /></a><image href=/i.png /></svg><math><mi id=m>x</mi></math>",
                "<svg><style><a href=/in-svg-style></style><title><a href=/t></title></svg>",
                "<a href=\"x\"title=\"y\">x</a><a href=/x/>y</a><img src=/p.png/><a href=/>r</a><a href= />s</a>",
                "<a href=>t</a><a href=x/ id=y>u</a><a href/>v</a><a href=a//>z</a>",
                "<!doctype html>\r\n<html>\r\n<body>\r\n  <a href=/crlf>x</a>\r\n<img src=\"å😀.png\"></body></html>",
                "<!-- <a href=/c> --><![CDATA[<a href=/cd>]]><?pi <a href=/pi> ?><a href=/after>",
                "<!--><a href=/c1>--><a href=/c2><!-- a --!><a href=/c5> -->",
                "<table><a href=/foster id=f><tr><td><a href=/td id=f></td></tr></table>",
                "<a href=\"/x\u0000y\" id=\"n\u0000l\">x</a><a href=\"/x&#0;y\">",
                "<LIN\u212A href=/kelvin><\u0130MG src=/dotted><a \u0130d=dot href=/d><p \u0131d=y>",
                "<plaintext><a href=/pt>",
                "<p>1 < 2 <a href=/lt>x</a> 3 > 2</p><a <b href=/odd>",
                "<a href='/q'\"></a><a href=/q2 id=a b=c id=b>",
                "</a href=/end><br/><a href=/x/ />",
                "<h1><h1>x</h1></h1><H1>y",
                "<a href=\"/a\n b\">x</a><a href=\"  /sp  \">y</a>",
                "<title/><a href=/after-title>",
                "<a href=\"javascript&colon;x\" id=\"&nbsp;\"><a href=\"/&auml;&Auml;&ouml\">x</a>",
                "<html><head><title>x</title></head><body><a href=/o></body></html><a href=/after-html id=late>",
                "<img src=/x.png alt=\"a\" alt=\"b\"><img ALT src=/y.png>",
                "<textarea><script></textarea><a href=/after-textarea>",
                "<title><!-- </title> --><a href=/tc>",
                "<!x <a href=/bogus>><a href=/b2>", "</ <a href=/endbogus>><a href=/b3>",
                "<?xml version=\"1.0\"?><a href=/xml>", "<p><image src=/bild.png></p>",
                "<a href=\"x", "<!-- x", "<p>ok</p><a", "<a href=/x><script>",
                "<svg viewBox=0/><title>x <a href=/t></title></svg><a href=/after-svg>",
                "<title>a</titlex><a href=/x></title><a href=/y><textarea>\n<a href=/t></TEXTAREA ><a href=/u>",
                "<script>if (a<!--b) x = '</script>'</script><a href=/z>",
                "<script>a</script/><a href=/ss><style>a{}</style\n><a href=/s>",
                "<p>a</><a href=/x></p>", "<!DOCTYPE html><a href=/d>", "<!DocType html PUBLIC \"a>b\"><a href=/q>",
                "</a href=\">\"><a href=/after-quoted-end>", "<a href=/x\fid=f>y</a><a/href=/slash id=f>",
                "<img src=/a.png alt=x/><img src=/b.png/ alt><a href=\"/q\"id=b href=/r>", "<a href='/a>b'>x</a>");
    }

    @ParameterizedTest
    @MethodSource("oddMarkup")
    void oddMarkupIsReadAsJsoupReadsIt(String html) {
        assertEquals(PageScan.tree(html), placed(PageScan.of(html), html));
    }

    @Test
    void pagesOfRandomValidMarkupAreReadAsJsoupReadsThem() throws PageTokens.Unsure {
        Random random = new Random(20260615);
        int read = 0;
        for (int i = 0; i < 400; i++) {
            String html = new RandomPage(random).html();
            PageScan tree = PageScan.tree(html);
            try {
                assertEquals(tree, placed(PageScan.tokens(html), html), html);
                read++;
            } catch (PageTokens.Unsure e) {
                assertEquals(tree, placed(PageScan.of(html), html), html);
            }
        }
        assertTrue(read > 350, "most pages are read by their tags, not left to jsoup: " + read);
    }

    /** A page of valid, well-nested markup with attributes in every spelling the check must read. */
    private static final class RandomPage {

        private static final String[] VALUES = {"x", "/x/", "#y", "/a?b=1&amp;c=2", "/a?b=1&c=2", "&lt;&gt;",
            "&copy;", "&copy", "&notit;", "&#x41;&#66;", "", " sp ace ", "å ä ö", "😀", "/k%C3%A4llaren/",
            "mailto:a@b", "https://e.org/", "#", "refresh", "Refresh", "innehall", "a\nb", "/x/#frag"};
        private static final String[] NAMES = {"id", "ID", "Id", "href", "HREF", "src", "SRC", "alt", "ALT", "class",
            "http-equiv", "lang", "data-x", "title"};
        private static final String[] BLOCKS = {"div", "section", "nav", "main", "article", "ul", "table", "svg", "form"};
        private static final String[] INLINES = {"a", "span", "em", "strong", "bdi", "time", "code"};
        private static final String[] TEXTS = {"hej", "a &amp; b", "1 &lt; 2", "&nbsp;", "å😀", "\r\n", "\n", "\t", " "};

        private final Random random;
        private final StringBuilder html = new StringBuilder();

        RandomPage(Random random) {
            this.random = random;
        }

        String html() {
            html.append("<!doctype html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>T &amp; t</title>\n");
            for (int i = random.nextInt(3); i > 0; i--) {
                html.append(random.nextBoolean() ? "<meta" : "<link rel=stylesheet").append(attributes(2)).append(">\n");
            }
            html.append("</head>\n<body").append(attributes(1)).append(">\n");
            blocks(0);
            return html.append("</body>\n</html>\n").toString();
        }

        private String pick(String[] from) {
            return from[random.nextInt(from.length)];
        }

        private String name(String name) {
            return random.nextInt(5) == 0 ? name.toUpperCase(Locale.ROOT) : name;
        }

        private String attributes(int most) {
            StringBuilder attributes = new StringBuilder();
            for (int i = random.nextInt(most + 1); i > 0; i--) {
                attributes.append(random.nextInt(6) == 0 ? "\n  " : " ").append(pick(NAMES));
                int form = random.nextInt(6);
                if (form == 0) {
                    continue;
                }
                String value = pick(VALUES);
                attributes.append(random.nextInt(8) == 0 ? " = " : "=");
                if (form == 1 && !value.isEmpty() && value.chars().noneMatch(c -> " \n\"'=<>`".indexOf(c) >= 0)) {
                    attributes.append(value);
                } else if (form == 2) {
                    attributes.append('\'').append(value).append('\'');
                } else {
                    attributes.append('"').append(value).append('"');
                }
            }
            return attributes.toString();
        }

        private void blocks(int depth) {
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                int kind = random.nextInt(8);
                if (kind < 2 || depth > 3) {
                    String element = name(random.nextBoolean() ? "p" : "h" + (1 + random.nextInt(3)));
                    html.append('<').append(element).append(attributes(2)).append('>');
                    inline(depth, false);
                    html.append("</").append(element).append(">\n");
                } else if (kind == 2) {
                    html.append("<script").append(attributes(3)).append('>')
                            .append(random.nextBoolean() ? "" : "var s = '<a href=\"/no\">' < 3;").append("</script>\n");
                } else if (kind == 3) {
                    html.append("<!-- <a href=/c> ").append(random.nextInt(9)).append(" -->\n");
                } else {
                    String element = pick(BLOCKS);
                    html.append('<').append(name(element)).append(attributes(3)).append(">\n");
                    switch (element) {
                        case "ul" -> {
                            for (int item = 1 + random.nextInt(3); item > 0; item--) {
                                html.append("<li").append(attributes(2)).append('>');
                                inline(depth + 1, false);
                                html.append("</li>\n");
                            }
                        }
                        case "table" -> {
                            html.append("<caption>c</caption><tbody><tr").append(attributes(2)).append("><td")
                                    .append(attributes(2)).append('>');
                            inline(depth + 1, false);
                            html.append("</td></tr></tbody>");
                        }
                        case "svg" -> html.append("<rect").append(attributes(2)).append("/><path d=\"M0 0\"")
                                .append(attributes(1)).append("></path>");
                        case "form" -> html.append("<input").append(attributes(2)).append("><button>b</button>");
                        default -> blocks(depth + 1);
                    }
                    html.append("</").append(name(element)).append(">\n");
                }
            }
        }

        private void inline(int depth, boolean inLink) {
            for (int i = random.nextInt(4); i > 0; i--) {
                int kind = random.nextInt(6);
                if (kind < 2 || depth > 4) {
                    html.append(pick(TEXTS));
                } else if (kind == 2) {
                    html.append('<').append(name("img")).append(attributes(4)).append(random.nextBoolean() ? ">" : " />");
                } else if (kind == 3) {
                    html.append("<br>");
                } else {
                    String element = pick(INLINES);
                    if (element.equals("a") && inLink) {
                        element = "span";
                    }
                    html.append('<').append(name(element)).append(attributes(3)).append('>');
                    inline(depth + 1, inLink || element.equals("a"));
                    html.append("</").append(name(element)).append('>');
                }
            }
        }
    }
}
