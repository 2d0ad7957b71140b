package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Framtidsverkstad is for staff ("medarbetare och chefer"): every list that shows it says so,
 * and the start page, which residents read, leads with the events open to them.
 */
class StaffOnlyEventsTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        // before both the CV workshop (14 December) and the last Framtidsverkstad (9 December)
        TestSites.buildExample(site, "2026-12-01");
    }

    private static Document read(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static Element card(Document page, String id) {
        // a card on lists, an item of the short list on a place's page
        return page.select("main li").stream().filter(c -> c.selectFirst("a[href$=/evenemang/" + id + "/]") != null)
                .findFirst().orElse(null);
    }

    @Test
    void everyListSaysTheWorkshopIsForStaff() throws IOException {
        for (String path : List.of("index.html", "evenemang/index.html", "platser/mellanrummet/index.html",
                "organisationer/socialforvaltningen/index.html")) {
            if (!Files.exists(site.resolve(path))) {
                continue;
            }
            Element card = card(read(path), "framtidsverkstad");
            assertNotNull(card, path);
            assertEquals("För medarbetare", card.selectFirst(".status").text(), path);
        }
        Element cv = card(read("evenemang/index.html"), "cv-verkstad-bergsjon");
        assertTrue(cv.select(".status").isEmpty(), "an event for residents has no such label");
        assertTrue(read("evenemang/framtidsverkstad/index.html").select("main .notice").text()
                .contains("bara för medarbetare"));
    }

    @Test
    void theStartPageLeadsWithTheEventsForResidents() throws IOException {
        List<String> links = read("index.html").select("li.card a[href*=/evenemang/]").eachAttr("href");
        assertTrue(links.size() >= 2, links.toString());
        assertTrue(links.get(0).endsWith("/evenemang/cv-verkstad-bergsjon/"), "the sooner staff workshop comes after: " + links);
        // the list of all events keeps the soonest first
        List<String> all = read("evenemang/index.html").select("li.card a[href*=/evenemang/]").eachAttr("href");
        assertTrue(all.get(0).endsWith("/evenemang/framtidsverkstad/"), all.toString());
    }
}
