package se.kvarter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.output.OutputFile;
import se.kvarter.output.SiteWriter;
import se.kvarter.source.ContentError;

class SiteCheckerTest {

    private static final String PAGE = """
            <!doctype html>
            <html lang="sv"><body>
            <nav><a href="/kvarter/saknas-i-mallen/">Mall</a></nav>
            <main><h1>Om</h1>
            <p><a href="/kvarter/anmalan/">Anmäl</a></p>
            </main></body></html>
            """;

    @Test
    void aLinkWrittenInContentIsReportedWhereItWasWrittenEvenUnderABasePath(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om\n---\nSe [anmälan](/anmalan/).\n",
                StandardCharsets.UTF_8);
        CheckedPages checker = new CheckedPages(new SiteChecker("/kvarter/", content));
        checker.inspect(OutputFile.text("om/index.html", PAGE).from("pages/om.md"));

        List<String> found = checker.finish().stream().map(SiteCheckerTest::where).toList();

        assertEquals(List.of("om/index.html:3:6 /kvarter/saknas-i-mallen/", "pages/om.md:4:14 /kvarter/anmalan/"),
                found.stream().sorted().toList(), "the template's link stays at the page, the content's moves to its line");
    }

    @Test
    void aBrokenLinkOfATemplateIsPlacedInThePageReadBackFromTheBuildsFolder(@TempDir Path work) {
        String page = "<!doctype html>\n<html lang=\"sv\"><body>\n<h1>Om</h1>\n<p>Åäö 😀 <a href=\"/saknas/\">x</a></p>\n"
                + "</body></html>\n";
        try (SiteWriter writer = SiteWriter.open(work.resolve("site"))) {
            OutputFile file = OutputFile.text("om/index.html", page);
            writer.write(file);
            SiteChecker checker = new SiteChecker("/");
            checker.inspect(file);

            assertEquals(List.of("om/index.html:4:11 /saknas/"),
                    checker.finish(writer::read).stream().map(SiteCheckerTest::where).toList(),
                    "columns in UTF-16 units, as jsoup counts them");
        }
    }

    @Test
    void theSameMistakeInTwoEditionsOfOneFileIsReportedOnce(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om\n---\n<h2 id=\"a\">A</h2>\n",
                StandardCharsets.UTF_8);
        String twice = "<!doctype html><html><body><h1>Om</h1><h2 id=\"a\">A</h2><p id=\"a\">B</p></body></html>";
        CheckedPages checker = new CheckedPages(new SiteChecker("/", content));
        checker.inspect(OutputFile.text("om/index.html", twice).from("pages/om.md"));
        checker.inspect(OutputFile.text("en/om/index.html", twice).from("pages/om.md"));

        assertEquals(List.of("pages/om.md:4:5 a"), checker.finish().stream().map(SiteCheckerTest::where).toList());
    }

    @Test
    void withoutAContentFileProblemsStayAtThePage() {
        CheckedPages checker = new CheckedPages(new SiteChecker("/"));
        checker.inspect(OutputFile.text("om/index.html", "<html><body><img src=\"/x.png\"></body></html>"));

        List<String> found = checker.finish().stream().map(SiteCheckerTest::where).sorted().toList();

        assertEquals(List.of("om/index.html:1:1 0", "om/index.html:1:13 /x.png", "om/index.html:1:13 /x.png"),
                found);
    }

    @Test
    void anAddressWithAnEncodedAmpersandIsResolvedAndReportedDecoded() {
        CheckedPages checker = new CheckedPages(new SiteChecker("/"));
        checker.inspect(OutputFile.text("sok/index.html", "<html><body><h1>Sök</h1></body></html>"));
        checker.inspect(OutputFile.text("om/index.html", """
                <html><body><h1>Om</h1>
                <p><a href="/sok/?q=kaffe&amp;sida=2">Sök</a>
                <a href="/saknas/?q=kaffe&amp;sida=2">Saknas</a></p>
                </body></html>
                """));

        assertEquals(List.of("om/index.html:3:1 /saknas/?q=kaffe&sida=2"),
                checker.finish().stream().map(SiteCheckerTest::where).toList());
    }

    @Test
    void aRepeatedIdIsReportedAtItsElementAndAnAnchorMustBeAnIdOfThePageItLeadsTo() {
        CheckedPages checker = new CheckedPages(new SiteChecker("/"));
        checker.inspect(OutputFile.text("kontakt/index.html", """
                <html><body><main id="innehall"><h1>Kontakt</h1>
                <h2 id="oppettider">Öppettider</h2>
                	<p id="oppettider">x</p></main></body></html>
                """));
        checker.inspect(OutputFile.text("om/index.html", """
                <html><body><h1>Om</h1><a href="/kontakt/#oppettider">a</a>
                <a href="../kontakt/#innehall">b</a> <a href="#saknas">c</a> <a href="/kontakt/#adress">d</a>
                </body></html>
                """));

        assertEquals(List.of("kontakt/index.html:3:2 oppettider", "om/index.html:2:38 #saknas",
                "om/index.html:2:62 /kontakt/#adress"), checker.finish().stream().map(SiteCheckerTest::where).toList());
    }

    @Test
    void aPageInspectedAgainReplacesItsLinksAndAForgottenPageIsNoLongerThere() {
        CheckedPages checker = new CheckedPages(new SiteChecker("/"));
        checker.inspect(OutputFile.text("a/index.html", "<h1>A</h1><a href=\"/b/\">B</a>"));
        checker.inspect(OutputFile.text("b/index.html", "<h1>B</h1><a href=\"/a/#x\">A</a>"));
        assertEquals(List.of("b/index.html:1:11 /a/#x"), checker.finish().stream().map(SiteCheckerTest::where).toList());

        checker.inspect(OutputFile.text("a/index.html", "<h1 id=\"x\">A</h1><a href=\"/b/\">B</a>"));
        checker.forget("b/index.html");

        assertEquals(List.of("a/index.html:1:18 /b/"), checker.finish().stream().map(SiteCheckerTest::where).toList());
    }

    @Test
    void aRelativeAddressWithAnEncodedSpaceIsResolvedNotAFailure() {
        CheckedPages checker = new CheckedPages(new SiteChecker("/"));
        checker.exists("filer/en fil.pdf");
        checker.inspect(OutputFile.text("filer/index.html",
                "<h1>Filer</h1><a href=\"en%20fil.pdf\">Finns</a> <a href=\"annan%20fil.pdf\">Saknas</a>"));
        assertEquals(List.of("filer/index.html:1:48 annan%20fil.pdf"),
                checker.finish().stream().map(SiteCheckerTest::where).toList());
    }

    private static String where(ContentError error) {
        return error.at() + " " + error.args().get(0);
    }
}
