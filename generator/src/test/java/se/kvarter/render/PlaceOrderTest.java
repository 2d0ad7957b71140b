package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** Lists of places follow the alphabet of the page's language, not the order of character codes. */
class PlaceOrderTest {

    @Test
    void swedishListsPutAringBeforeAumlautAfterZ(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        String cellar = Files.readString(content.resolve("places/kallaren.md"), StandardCharsets.UTF_8);
        // Ä (U+00C4) has a lower code than Å (U+00C5); in Swedish Å comes first
        Files.writeString(content.resolve("places/alvsjo-traffen.md"),
                cellar.replace("name: Källaren", "name: Älvsjöträffen"), StandardCharsets.UTF_8);
        Files.writeString(content.resolve("places/akerby-traffen.md"),
                cellar.replace("name: Källaren", "name: åkerbyträffen"), StandardCharsets.UTF_8);
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24", "--quiet");
        assertEquals(0, run.exit(), run.err());

        List<String> names = Jsoup.parse(site.resolve("platser/index.html").toFile(), "UTF-8")
                .select("main .card .card-title a").stream().map(Element::text).toList();
        assertEquals(List.of("åkerbyträffen", "Älvsjöträffen"), names.subList(names.size() - 2, names.size()), names.toString());
        assertTrue(names.contains("Källaren") && names.indexOf("Källaren") < names.indexOf("åkerbyträffen"), names.toString());
    }
}
