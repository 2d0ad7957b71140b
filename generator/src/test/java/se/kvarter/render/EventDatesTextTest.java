package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The example's Framtidsverkstad meets seven times (2026-09-16 to 2026-12-09, every other
 * Wednesday): its card counts the dates still to come and its page the dates gone by, in the
 * singular when there is one.
 */
class EventDatesTextTest {

    @TempDir
    Path work;

    private Path build(String date) {
        Path site = work.resolve(date);
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", date, "--quiet");
        assertEquals(0, run.exit(), run.err());
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static String cardMeta(Document page) {
        return page.selectFirst("main .card:has(a[href$=/evenemang/framtidsverkstad/]) .card-meta").text();
    }

    @Test
    void oneDateLeftAfterTheNextIsSaidInTheSingular() throws IOException {
        Path site = build("2026-11-24");
        assertEquals("onsdag 25 november 2026, 13:00–15:00 och 1 tillfälle till", cardMeta(page(site, "evenemang/index.html")));
        assertEquals("Wednesday 25 November 2026, 13:00–15:00 and 1 more date",
                cardMeta(page(site, "en/evenemang/index.html")));
    }

    @Test
    void oneDateGoneByIsSaidInTheSingularAndSeveralInThePlural() throws IOException {
        Path site = build("2026-09-20");
        Document event = page(site, "evenemang/framtidsverkstad/index.html");
        assertEquals(1, event.select("main p:containsOwn(1 tillfälle har redan varit.)").size(), event.select("main").text());
        assertEquals("onsdag 30 september 2026, 13:00–15:00 och 5 tillfällen till", cardMeta(page(site, "evenemang/index.html")));
        assertEquals(1, page(site, "en/evenemang/framtidsverkstad/index.html")
                .select("main p:containsOwn(1 date has already taken place.)").size());
    }
}
