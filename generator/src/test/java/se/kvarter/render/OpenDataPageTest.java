package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** The open-data page says, channel by channel, what each carries of the opening hours, in every language of the site. */
class OpenDataPageTest {

    @Test
    void theOpenDataPageSaysWhatEachChannelCarriesOfTheHoursInEveryLanguage(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        Map<String, String> pages = Map.of("sv", "oppna-data/index.html", "en", "en/oppna-data/index.html",
                "ar", "ar/oppna-data/index.html");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Element section = Jsoup.parse(site.resolve(page.getValue()).toFile()).selectFirst("section[aria-labelledby=data-hours]");
            List<String> channels = section.select("li").eachText();
            assertEquals(6, channels.size(), page.getKey());
            for (String name : List.of("places.json", "osm", "HSDS", "schema.org", "calendar/places/<id>.ics", "events.ics")) {
                assertTrue(channels.stream().anyMatch(c -> c.contains(name)), page.getKey() + ": " + name);
            }
            assertTrue(channels.get(0).contains("28"), channels.get(0));
            assertTrue(channels.get(5).contains("90"), channels.get(5));
            // the texts are the language's own, not the Swedish fallback
            assertFalse(!page.getKey().equals("sv") && section.text().contains("Öppettiderna i varje format"), page.getKey());
        }
    }
}
