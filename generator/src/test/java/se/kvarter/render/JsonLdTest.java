package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** Every page of the complete fixture site describes its main entity in one schema.org JSON-LD block. */
class JsonLdTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyPageHasOneJsonLdBlockOfTheRightType(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                if (page.selectFirst("meta[http-equiv=refresh]") != null || file.endsWith("404.html")) {
                    continue; // redirects and the 404 page describe nothing
                }
                Elements blocks = page.select("script[type=application/ld+json]");
                assertEquals(1, blocks.size(), file.toString());
                JsonNode json = MAPPER.readTree(blocks.first().data());
                assertEquals("https://schema.org", json.get("@context").asText());
                String type = json.get("@type").asText();
                String path = site.relativize(file).toString();
                String expected = path.matches("(en/|ar/)?platser/[^/]+/index.html")
                        && !path.matches(".*/(tillganglig-entre|oppet-idag)/.*") ? "LocalBusiness"
                        : path.matches("(en/|ar/)?evenemang/[^/]+/index.html") ? "Event"
                        : path.matches("(en/|ar/)?nyheter/(?!sida)[^/]+/index.html") ? "NewsArticle"
                        : path.matches("(en/|ar/)?organisationer/[^/]+/index.html") ? "Organization"
                        : null;
                if (expected != null) {
                    assertEquals(expected, type, path);
                } else {
                    assertTrue(List.of("WebSite", "WebPage", "CollectionPage", "SearchResultsPage").contains(type), path + ": " + type);
                }
            }
        }
    }
}
