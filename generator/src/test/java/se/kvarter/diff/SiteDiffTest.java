package se.kvarter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.diff.SiteChanges.Change;
import se.kvarter.diff.SiteChanges.DataFile;

/** The comparison on small hand-made sites: what counts as a change for residents and how it is said. */
class SiteDiffTest {

    private static void write(Path site, String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String page(String h1, String body) {
        return "<!doctype html><html><head><title>t</title><script>var x = 1;</script></head><body>"
                + "<nav>Meny</nav><main><h1>" + h1 + "</h1>" + body + "</main><footer>Sidfot</footer></body></html>";
    }

    @Test
    void markupStylesScriptsAndTheSearchIndexAreNoChange(@TempDir Path work) throws IOException {
        Path old = work.resolve("old");
        Path now = work.resolve("new");
        write(old, "index.html", page("Start", "<p class=\"a\" data-open=\"1\">Öppet <strong>i dag</strong></p>"));
        write(now, "index.html", page("Start", "<div><p class=\"b\" data-open=\"2\">Öppet\n  <em>i dag</em></p></div>"
                + "<script>var y = 2;</script><p hidden>dolt</p>"));
        write(old, "sok/index.json", "[1]");
        write(now, "sok/index.json", "[2]");
        write(old, "assets/site.css", "a{}");
        write(now, "assets/site.css", "b{}");
        write(old, "sitemap.xml", "<a/>");
        write(now, "sitemap.xml", "<b/>");
        assertTrue(SiteDiff.between(old, now).isEmpty(), SiteDiff.between(old, now).toString());
    }

    @Test
    void pagesAddedRemovedAndChangedByLineAndOpenDataByPath(@TempDir Path work) throws IOException {
        Path old = work.resolve("old");
        Path now = work.resolve("new");
        write(old, "platser/a/index.html", page("Plats A", "<ul><li>ett</li><li>två</li><li>tre</li></ul>"
                + "<table><tr><th>Måndag</th><td>09:00–12:00</td></tr></table>"));
        write(now, "platser/a/index.html", page("Plats A", "<ul><li>ett</li><li>tre</li><li>fyra</li><li>fem</li></ul>"
                + "<table><tr><th>Måndag</th><td>10:00–12:00</td></tr></table>"));
        write(old, "gammal/index.html", page("Gammal", "<p>x</p>"));
        write(now, "ny/index.html", page("Ny", "<p>x</p>"));
        write(old, "api/v1/places.json", "[]");
        write(now, "api/v1/places.json", "[1]");
        write(now, "calendar/places/a.ics", "BEGIN:VCALENDAR");
        write(old, "dcat.jsonld", "{}");
        write(now, "dcat.jsonld", "{}");
        write(old, "nyheter/feed.atom", "<feed/>");
        SiteChanges changes = SiteDiff.between(old, now);
        assertEquals(List.of(new SiteChanges.Page("ny/", "Ny", false)), changes.added());
        assertEquals(List.of(new SiteChanges.Page("gammal/", "Gammal", false)), changes.removed());
        assertEquals(List.of(new LineChange("två", null), new LineChange(null, "fyra"), new LineChange(null, "fem"),
                new LineChange("Måndag 09:00–12:00", "Måndag 10:00–12:00")), changes.changed().get(0).lines());
        assertEquals(List.of(new DataFile("api/v1/places.json", Change.CHANGED),
                new DataFile("calendar/places/a.ics", Change.ADDED),
                new DataFile("nyheter/feed.atom", Change.REMOVED)), changes.openData());

        StringWriter text = new StringWriter();
        new ChangeReport("sv", false).write(changes, new PrintWriter(text));
        assertEquals(List.of("Vad ändras för invånarna", "", "Ändrade sidor (1):", "  Plats A – platser/a/",
                "    − två", "    + fyra", "    + fem", "    Måndag 09:00–12:00 blir 10:00–12:00", "",
                "Nya sidor (1):", "  Ny – ny/", "", "Borttagna sidor (1):", "  Gammal – gammal/", "",
                "Öppna data som ändras (3):", "  api/v1/places.json (ändrad)", "  calendar/places/a.ics (ny)",
                "  nyheter/feed.atom (borttagen)"), text.toString().lines().toList());
    }

    @Test
    void aPageRewrittenThroughoutIsNamedWithABoundedNumberOfLines(@TempDir Path work) throws IOException {
        Path old = work.resolve("old");
        Path now = work.resolve("new");
        write(old, "index.html", page("Start", IntStream.range(0, 40).mapToObj(i -> "<p>gammal " + i + " <b>*fet*</b></p>")
                .reduce("", String::concat)));
        write(now, "index.html", page("Start", "<p>- ny</p>"));
        StringWriter markdown = new StringWriter();
        new ChangeReport("en", true).write(SiteDiff.between(old, now), new PrintWriter(markdown));
        List<String> lines = markdown.toString().lines().toList();
        assertEquals("- **Start** `/`", lines.get(4));
        assertEquals("  - − gammal 0 \\*fet\\*", lines.get(5));
        assertEquals(4 + 1 + ChangeReport.LINES_PER_PAGE + 1, lines.size(), markdown.toString());
        assertEquals("  - … and 29 more changed lines", lines.get(lines.size() - 1));
    }

    @Test
    void ofALongParagraphOnlyThePartAroundTheChangeIsShownAndLongListsAreCut(@TempDir Path work) throws IOException {
        Path old = work.resolve("old");
        Path now = work.resolve("new");
        String start = "Början av ett långt stycke. ".repeat(10);
        String end = " Slutet av samma stycke.".repeat(10);
        write(old, "index.html", page("Start", "<p>" + start + "torsdagar" + end + "</p>"));
        write(now, "index.html", page("Start", "<p>" + start + "fredagar" + end + "</p>"));
        for (int i = 0; i < ChangeReport.ITEMS_PER_LIST + 10; i++) {
            write(now, "sida-" + (100 + i) + "/index.html", page("Sida " + i, "<p>x</p>"));
        }
        StringWriter text = new StringWriter();
        new ChangeReport("sv", false).write(SiteDiff.between(old, now), new PrintWriter(text));
        List<String> lines = text.toString().lines().toList();
        String changed = lines.get(lines.indexOf("  Start – /") + 1);
        assertTrue(changed.matches("    …[^…]*torsdagar[^…]*… blir …[^…]*fredagar[^…]*…"), changed);
        assertTrue(changed.length() < 2 * (start.length() + end.length()) / 3, changed);
        assertTrue(lines.contains("Nya sidor (60):"), text.toString());
        assertEquals("  … och 10 till", lines.get(lines.size() - 1));
        assertEquals(ChangeReport.ITEMS_PER_LIST, lines.stream().filter(l -> l.startsWith("  Sida ")).count());
    }

    @Test
    void pagesInTheLanguageOfTheFrontPageComeBeforeTranslations(@TempDir Path work) throws IOException {
        Path old = work.resolve("old");
        Path now = work.resolve("new");
        write(now, "index.html", "<html lang=\"sv\"><body><main><h1>Start</h1></main></body></html>");
        write(old, "index.html", "<html lang=\"sv\"><body><main><h1>Start</h1></main></body></html>");
        write(now, "en/platser/a/index.html", "<html lang=\"en\"><body><main><h1>A</h1></main></body></html>");
        write(now, "platser/a/index.html", "<html lang=\"sv\"><body><main><h1>A</h1></main></body></html>");
        assertEquals(List.of(new SiteChanges.Page("platser/a/", "A", false), new SiteChanges.Page("en/platser/a/", "A", true)),
                SiteDiff.between(old, now).added());
    }
}
