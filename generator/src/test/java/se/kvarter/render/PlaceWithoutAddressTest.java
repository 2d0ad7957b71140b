package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** A place without an address or coordinates (one that has closed, say) has no empty "Adress" box. */
class PlaceWithoutAddressTest {

    @Test
    void aPlaceWithoutAddressHasNoAddressSection(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Path place = content.resolve("places/testplats.md");
        String text = Files.readString(place);
        Files.writeString(place, text.substring(0, text.indexOf("address:")) + text.substring(text.indexOf("contact:")));
        Path out = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        Document page = Jsoup.parse(Files.readString(out.resolve("platser/testplats/index.html")));
        assertTrue(page.select("#k-adress").isEmpty(), page.select("#k-adress").outerHtml());
        assertEquals(1, page.select("#k-tillganglighet").size(), "the other facts stay");
    }
}
