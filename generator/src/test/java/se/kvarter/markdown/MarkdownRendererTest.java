package se.kvarter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvarter.source.Position;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final List<String> problems = new ArrayList<>();

    /** Knows one place and one file; records what it reports. */
    private final LinkResolver links = new LinkResolver() {
        @Override
        public Optional<String> content(String scheme, String id, Position at) {
            if (scheme.equals("place") && id.equals("kallaren")) {
                return Optional.of("/platser/kallaren/");
            }
            problems.add("unknown " + scheme + ":" + id + " at " + at);
            return Optional.empty();
        }

        @Override
        public Optional<String> file(String path, Position at) {
            return path.equals("files/karta.png") ? Optional.of("/" + path) : Optional.empty();
        }

        @Override
        public void problem(String key, Position at, String value) {
            problems.add(key + " " + value + " at " + at);
        }
    };

    private String render(String markdown) {
        return renderer.render(markdown, "news/x.md", 5, links, false);
    }

    @Test
    void resolvesContentLinksAndKeepsTheirAnchor() {
        assertEquals("<p><a href=\"/platser/kallaren/#oppet\">Källaren</a></p>\n",
                render("[Källaren](place:kallaren#oppet)"));
    }

    @Test
    void reportsAnUnknownTargetAtItsLineAndColumnInTheFile() {
        render("Text\n\nSe [här](place:kalaren).");
        assertEquals(List.of("unknown place:kalaren at news/x.md:7:4"), problems);
    }

    @Test
    void rendersGfmTablesStrikethroughAndAutolinks() {
        String html = render("| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gammalt~~ https://example.se");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<del>gammalt</del>"), html);
        assertTrue(html.contains("<a href=\"https://example.se\">"), html);
    }

    @Test
    void linksBareAddressesOfEveryKindAndOnlyThose() {
        assertTrue(render("Skriv till info@example.se.").contains("<a href=\"mailto:info@example.se\">"));
        assertTrue(render("Läs mer på www.example.se i dag").contains("<a href=\"http://www.example.se\">"));
        assertTrue(render("Se **www.example.se**").contains("<a href=\"http://www.example.se\">"));
        assertTrue(render("En [länk](https://example.se/a) och http://example.se/b").contains("<a href=\"http://example.se/b\">"));
        assertEquals("<p>Öppet kl. 10:00 <a href=\"https://example.se/a\">här</a>, <code>x@y.se</code></p>\n",
                render("Öppet kl. 10:00 [här](https://example.se/a), `x@y.se`"));
    }

    @Test
    void aFirstReadingWithoutPositionsGivesTheSameHtml() {
        for (String body : List.of("# Rubrik\n\nText med [Källaren](place:kallaren#oppet) och www.example.se.",
                "| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gammalt~~ <em>fritt</em>", "- ett\n- två\n\n> citat `kod`")) {
            assertEquals(renderer.render(body, "news/x.md", 5, links, false),
                    renderer.renderWithoutPositions(body, "news/x.md", 5, links, false, false), body);
        }
    }

    @Test
    void aBodyMayHoldALinkWhereverTheExtensionCouldStartOne() {
        for (String text : List.of("a@b", "x://y", "www", "WwW.x", "mejla oss på @kvarter")) {
            assertTrue(Autolinks.mayHoldLink(text), text);
        }
        for (String text : List.of("", "kl. 10:00", "w w w", "ww.w", "Öppet i dag")) {
            assertEquals(false, Autolinks.mayHoldLink(text), text);
        }
    }

    @Test
    void putsTheBodysTopHeadingAtLevelTwoWithAnId() {
        String html = render("# Först\n\n## Sedan");
        assertTrue(html.contains("<h2 id=\"först\">Först</h2>"), html);
        assertTrue(html.contains("<h3 id=\"sedan\">Sedan</h3>"), html);
    }

    @Test
    void removesScriptsEventHandlersFramesAndJavascriptUrls() {
        String html = render("<script>alert(1)</script>\n\n<p onclick=\"x()\">a</p>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[x](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">y</a> <img src=\"x\" onerror=\"alert(3)\" alt=\"\">"
                + "\n\n<style>body{display:none}</style><form action=\"/\"><input></form>");
        String lower = html.toLowerCase();
        for (String banned : List.of("<script", "onclick", "onerror", "<iframe", "javascript:", "<style", "<form", "<input")) {
            assertFalse(lower.contains(banned), banned + " survived: " + html);
        }
    }

    @Test
    void keepsHarmlessHtmlAndSiteLinks() {
        String html = render("<details><summary>Mer</summary>Text</details>\n\n<a href=\"/platser/\">Alla</a> <abbr title=\"Arbetsförmedlingen\">AF</abbr>");
        assertTrue(html.contains("<details><summary>Mer</summary>"), html);
        assertTrue(html.contains("<a href=\"/platser/\">Alla</a>"), html);
        assertTrue(html.contains("<abbr title=\"Arbetsförmedlingen\">AF</abbr>"), html);
    }

    @Test
    void dropsImagesFromOtherSitesSoNoOneTracksReaders() {
        String html = render("<img src=\"https://tracker.example/pixel.gif\" alt=\"\">");
        assertFalse(html.contains("tracker"), html);
    }

    @Test
    void trustedHtmlIsKeptAsWritten() {
        String html = renderer.render("<div class=\"x\" data-y=\"1\">z</div>", "pages/x.md", 3, links, true);
        assertTrue(html.contains("<div class=\"x\" data-y=\"1\">z</div>"), html);
    }

    @Test
    void rawHtmlTakesFilesFromTheSiteAndSaysWhenAnImageComesFromElsewhere() {
        String html = render("<img src=\"files/karta.png\" alt=\"Karta\"> <a href=\"files/karta.png\">karta</a>"
                + " <img src=\"files/saknas.png\" alt=\"x\">\n\n<p><img src=\"https://example.com/x.png\" alt=\"y\"></p>");
        assertTrue(html.contains("<img src=\"/files/karta.png\" alt=\"Karta\">"), html);
        assertTrue(html.contains("<a href=\"/files/karta.png\">karta</a>"), html);
        assertFalse(html.contains("example.com"), html);
        assertEquals(List.of("markdown.image-outside-files https://example.com/x.png at news/x.md:7:1"), problems);
        String trusted = renderer.render("<a href=\"files/karta.png\">karta</a> <img src=\"https://example.com/x.png\" alt=\"y\">",
                "pages/x.md", 3, links, true);
        assertTrue(trusted.contains("<a href=\"/files/karta.png\">karta</a>"), trusted);
        assertTrue(trusted.contains("https://example.com/x.png"), "trusted HTML keeps other sites' images");
    }

    @Test
    void rawHtmlImagesWithoutAltAndLevelOneHeadingsAreReportedWhereTheyAreWritten() {
        render("Text <img src=\"files/karta.png\"> and <IMG src=\"files/karta.png\" alt=\"\">\n\n<div>\n"
                + "  <h1 class=\"stor\">Välkommen</h1>\n  <p><img src=\"files/karta.png\" alt=\"Karta\"><img\n"
                + "src=\"files/saknas.png\"></p>\n</div>\n");
        assertEquals(List.of("markdown.html-image-without-alt files/karta.png at news/x.md:5:6",
                "markdown.html-image-without-alt files/saknas.png at news/x.md:9:45",
                "markdown.html-h1 Välkommen at news/x.md:8:3"), problems);
    }

    @Test
    void anImageNeedsAltTextUnlessMarkedDecorative() {
        render("![](files/karta.png)");
        assertEquals(List.of("markdown.image-without-alt files/karta.png at news/x.md:5:1"), problems);
        problems.clear();
        String html = render("![](files/karta.png \"decorative\")");
        assertEquals(List.of(), problems);
        assertTrue(html.contains("<img src=\"/files/karta.png\" alt=\"\">"), html);
    }

    @Test
    void aLinkThatLeadsNowhereKeepsItsTextWithoutALink() {
        String html = render("Se [den nya lokalen](place:snart) i vår.");
        assertEquals("<p>Se den nya lokalen i vår.</p>\n", html);
    }

    @Test
    void aLinkThatCouldRunCodeKeepsItsTextEvenWithoutAnyHtmlInTheBody() {
        for (String target : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "<java\tscript:alert(1)>",
                "java&#10;script:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x")) {
            String html = render("Klicka [här](" + target + ") nu.");
            assertEquals("<p>Klicka här nu.</p>\n", html, target);
        }
        for (String target : List.of("https://example.se/a:b", "mailto:info@example.se", "tel:+4631123456",
                "/platser/x/", "./a:b", "?q=a:b", "#del:1")) {
            assertTrue(render("[här](" + target + ")").contains("href=\""), target);
        }
    }

    @Test
    void aBodyWithoutHtmlIsWrittenAsHtmlWithoutXmlSlashes() {
        String html = render("Rad ett  \nrad två \"citat\" & 1 < 2 > 0\n\n---\n\n![Karta](files/karta.png)");
        assertFalse(html.contains("/>"), html);
        assertTrue(html.contains("<br>"), html);
        assertTrue(html.contains("<hr>"), html);
        assertTrue(html.contains("1 &lt; 2 &gt; 0"), html);
    }

    @Test
    void trustedHtmlKeepsItsMarkupButScriptInItIsReportedWhereItIsWritten() {
        String source = "<p>Hej</p>\n\n<script src=\"/files/x.js\"></script>\n\n"
                + "Se <a href=\" javascript:go()\">här</a> och <iframe srcdoc=\"<script src=/files/x.js></script>\"></iframe>\n\n"
                + "<svg><a onclick=\"go()\">x</a></svg>\n";
        renderer.render(source, "pages/x.md", 5, links, true);
        assertEquals(List.of("markdown.html-script <script> at pages/x.md:7:1",
                "markdown.html-script href=\"javascript:\" at pages/x.md:9:7",
                "markdown.html-script srcdoc at pages/x.md:9:51",
                "markdown.html-script onclick= at pages/x.md:11:9"), problems);
    }

    @Test
    void scriptInTrustedHtmlIsKeptWhenTheSiteAllowsScriptFilesAndDroppedWhenNotTrusted() {
        String source = "<script src=\"/files/x.js\"></script>\n";
        assertTrue(renderer.render(source, "pages/x.md", 5, links, true, true).contains("<script src=\"/files/x.js\">"));
        assertFalse(render(source).contains("<script"));
        assertEquals(List.of(), problems);
    }
}
