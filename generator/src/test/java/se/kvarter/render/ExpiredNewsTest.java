package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A news article past its {@code expiryDate} (the fixture site's {@code utgangen}, expired on
 * 2026-10-01): its page stays, so links to it keep working, but says that it is no longer
 * current; lists, feeds, the open data and the sitemap leave it out.
 */
class ExpiredNewsTest {

    private static final String ARTICLE = "nyheter/utgangen/";
    private static final String URL = "https://complete.example.se/kvarter/" + ARTICLE;

    @TempDir
    static Path work;

    @BeforeAll
    static void build() {
        TestSites.Run before = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", work.resolve("before").toString(),
                "--date", "2026-09-15");
        assertEquals(0, before.exit(), before.err());
        TestSites.Run after = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", work.resolve("after").toString(),
                "--date", "2026-11-24");
        assertEquals(0, after.exit(), after.err());
    }

    private static String read(String site, String path) throws IOException {
        return Files.readString(work.resolve(site).resolve(path));
    }

    @Test
    void theExpiredArticleKeepsItsPageAndSaysItIsNoLongerCurrent() throws IOException {
        Document after = Jsoup.parse(read("after", ARTICLE + "index.html"));
        assertEquals("Utgången nyhet", after.selectFirst("h1").text());
        assertTrue(after.select(".notice").text().contains("inte längre aktuell"), after.select(".notice").text());
        Document before = Jsoup.parse(read("before", ARTICLE + "index.html"));
        assertFalse(before.select(".notice").text().contains("inte längre aktuell"), "not before its expiry date");
    }

    @Test
    void listsFeedsOpenDataAndTheSitemapLeaveItOutOnceExpired() throws IOException {
        for (String path : new String[] {"sitemap.xml", "nyheter/index.html", "nyheter/feed.atom", "nyheter/feed.json",
                "api/v1/news.json"}) {
            assertTrue(read("before", path).contains(ARTICLE), path + " lists it before it expires");
            assertFalse(read("after", path).contains(ARTICLE), path + " leaves it out after");
        }
        assertTrue(read("after", "sitemap.xml").contains("https://complete.example.se/kvarter/nyheter/"), "other news stay");
        assertFalse(read("after", "sitemap.xml").contains(URL));
    }
}
