package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.content.ContentKind;
import se.kvarter.content.SourceFile;
import se.kvarter.source.ContentError;
import se.kvarter.source.Problems;

/**
 * What in {@code files/} can run script at the site's address is refused, and only that: SVG
 * images as drawing programs save them, PDFs and text pass; with {@code allowScriptFiles: true}
 * everything passes.
 */
class ScriptFilesTest {

    @TempDir
    Path folder;

    @Test
    void refusesPagesScriptsAndServerScriptsByTypeButNotDocuments() throws IOException {
        assertEquals(List.of("file.may-run-script files/a.html:1:1 [.html]", "file.may-run-script files/b.SVGZ:1:1 [.svgz]",
                        "file.may-run-script files/c.mjs:1:1 [.mjs]", "file.may-run-script files/d.php:1:1 [.php]",
                        "file.may-run-script files/e.xml:1:1 [.xml]", "file.may-run-script files/web.config:1:1 [web.config]"),
                check(false, "a.html", "<p>x</p>", "b.SVGZ", "x", "c.mjs", "x", "d.php", "<?php ?>", "e.xml", "<a/>",
                        "web.config", "<configuration/>", "f.pdf", "%PDF-1.7", "g.txt", "Öppet 10-16", "h.csv", "a;b"));
    }

    @Test
    void everythingPassesWhenTheSiteAllowsScriptFiles() throws IOException {
        assertEquals(List.of(), check(true, "a.html", "<script>x</script>", "b.svg", "<svg><script>x</script></svg>",
                "c", "<html>"));
    }

    @Test
    void refusesAFileOfAnyOtherTypeThatBeginsAsABrowserSniffsAWebPage() throws IOException {
        assertEquals(List.of("file.looks-like-page files/a:1:1 [<html]", "file.looks-like-page files/b.dat:1:1 [<!--]",
                        "file.looks-like-page files/c.txt:1:1 [<?xml]"),
                check(false, "a", " \n\t<HTML><script>x</script>", "b.dat", "<!-- x -->", "c.txt", "<?xml version=\"1.0\"?>",
                        "d.txt", "<pre>not a sniffed tag</pre>", "e.txt", "<bx>", "f.txt", "\uFEFF<html>"));
    }

    @Test
    void passesAnSvgAsDrawingProgramsSaveIt() throws IOException {
        assertEquals(List.of(), check(false, "logga.svg", """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
                  <style>.a { fill: #1a5; }</style>
                  <defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>
                  <a xlink:href="https://example.se/"><circle class="a" r="4" fill="url(#g)"/></a>
                  <text font-family="'Open Sans'">Tänd &amp; släckt</text>
                </svg>
                """));
    }

    @Test
    void refusesEveryWayAnSvgRunsScriptAtTheEndOfItsTag() throws IOException {
        assertEquals(List.of(
                        "file.svg-script files/x.svg:1:53 [<?xml-stylesheet?>]",
                        "file.svg-script files/x.svg:2:55 [onload=]",
                        "file.svg-script files/x.svg:3:60 [values=\"javascript:\"]",
                        "file.svg-script files/x.svg:4:69 [<SCRIPT>]",
                        "file.svg-script files/x.svg:5:71 [href=\"javascript:\"]"),
                check(false, "x.svg", """
                        <?xml-stylesheet type="text/xsl" href="x.xsl"?>
                        <svg xmlns="http://www.w3.org/2000/svg" onload="go()">
                          <animate attributeName="href" values="java\tscript:go()"/>
                          <foreignObject><body xmlns="http://www.w3.org/1999/xhtml"><SCRIPT>go()</SCRIPT></body></foreignObject>
                          <a xmlns:x="http://www.w3.org/1999/xlink" x:href=" JavaScript:go()">x</a>
                        </svg>
                        """).stream().sorted().toList());
    }

    @Test
    void refusesEntitiesThatABrowserWouldExpandAndAnSvgThatIsNotXml() throws IOException {
        // The reader, without DTDs, cannot expand the entity: the image is refused as unreadable.
        List<String> found = check(false, "a.svg", """
                <!DOCTYPE svg [ <!ENTITY s "<script>go()</script>"> ]>
                <svg xmlns="http://www.w3.org/2000/svg">&s;</svg>
                """, "b.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>");
        assertEquals(List.of("file.svg-unreadable files/a.svg", "file.svg-unreadable files/b.svg"),
                found.stream().map(f -> f.substring(0, f.indexOf(':'))).distinct().toList());
    }

    /** Writes the files (name, text, ...) under files/ and returns each problem as "key position [args]". */
    private List<String> check(boolean allowed, String... namesAndTexts) throws IOException {
        Problems problems = new Problems();
        List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Path file = folder.resolve(namesAndTexts[i]);
            Files.writeString(file, namesAndTexts[i + 1], StandardCharsets.UTF_8);
            files.add(new SourceFile("files/" + namesAndTexts[i], file, ContentKind.FILE, null, null, null,
                    SourceFile.Stamp.UNKNOWN));
        }
        new ScriptFiles(problems).check(files, allowed);
        return problems.sorted().stream().map(ScriptFilesTest::shown).toList();
    }

    private static String shown(ContentError error) {
        return error.key() + " " + error.at() + " " + error.args();
    }

    @Test
    void sniffsOnlyWhatFollowsWhiteSpaceAndEndsWithASpaceOrBracket() {
        assertEquals(Optional.of("<p"), ScriptFiles.pageStart("\r\n<p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ScriptFiles.pageStart("<pre>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ScriptFiles.pageStart("x<html>".getBytes(StandardCharsets.UTF_8)));
    }
}
