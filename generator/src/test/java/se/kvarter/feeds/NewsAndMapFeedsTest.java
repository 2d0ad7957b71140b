package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.kvarter.TestSites;

/** The Atom and JSON feeds, the GeoJSON and the sitemap of the example site, read by real parsers. */
class NewsAndMapFeedsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.buildExample(work.resolve("site"), "2026-11-24");
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
    }

    private static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        assertTrue(list.getLength() > 0, "missing " + name);
        return list.item(0).getTextContent();
    }

    @Test
    void theAtomFeedHasTheRequiredElementsAndStableIds() throws Exception {
        Element feed = xml("nyheter/feed.atom").getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertTrue(child(feed, "id").startsWith("https://"));
        assertFalse(child(feed, "title").isBlank());
        OffsetDateTime.parse(child(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() >= 5, "the example has at least five articles");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String id = child(entry, "id");
            assertTrue(ids.add(id), "unique id " + id);
            assertTrue(Files.exists(site.resolve(id.replace("https://motesplatser.example.se/", "")).resolve("index.html")), id);
            assertFalse(child(entry, "title").isBlank());
            OffsetDateTime.parse(child(entry, "updated"));
        }
    }

    @Test
    void theJsonFeedIsVersionOnePointOneWithAnItemPerArticle() throws IOException {
        JsonNode feed = MAPPER.readTree(site.resolve("nyheter/feed.json").toFile());
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertFalse(feed.get("title").asText().isBlank());
        assertEquals(MAPPER.readTree(site.resolve("api/v1/news.json").toFile()).size(), feed.get("items").size());
        for (JsonNode item : feed.get("items")) {
            assertTrue(item.get("id").asText().startsWith("https://"));
            assertTrue(item.has("content_html") || item.has("content_text"));
            OffsetDateTime.parse(item.get("date_published").asText());
        }
    }

    @Test
    void theGeoJsonIsAFeatureCollectionOfPointsInLongitudeLatitudeOrder() throws IOException {
        JsonNode collection = MAPPER.readTree(site.resolve("api/v1/places.geojson").toFile());
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertFalse(collection.has("crs"), "RFC 7946 has no crs member");
        JsonNode places = MAPPER.readTree(site.resolve("api/v1/places.json").toFile());
        int withGeo = 0;
        for (JsonNode place : places) {
            if (place.has("geo")) {
                withGeo++;
                JsonNode feature = null;
                for (JsonNode candidate : collection.get("features")) {
                    if (candidate.get("id").asText().equals(place.get("id").asText())) {
                        feature = candidate;
                    }
                }
                assertEquals("Point", feature.get("geometry").get("type").asText());
                JsonNode coordinates = feature.get("geometry").get("coordinates");
                assertEquals(place.get("geo").get("lon").asDouble(), coordinates.get(0).asDouble());
                assertEquals(place.get("geo").get("lat").asDouble(), coordinates.get(1).asDouble());
            }
        }
        assertEquals(withGeo, collection.get("features").size());
    }

    @Test
    void theSitemapListsEveryPageButThe404AndRobotsPointsAtIt() throws Exception {
        Document sitemap = xml("sitemap.xml");
        NodeList locations = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < locations.getLength(); i++) {
            listed.add(locations.item(i).getTextContent());
        }
        assertTrue(listed.contains("https://motesplatser.example.se/"));
        assertTrue(listed.contains("https://motesplatser.example.se/platser/kallaren/"));
        assertFalse(listed.stream().anyMatch(url -> url.endsWith("404.html")));
        try (var pages = Files.walk(site)) {
            long count = pages.filter(p -> p.toString().endsWith(".html")).count();
            assertEquals(count - 1, listed.size(), "every page but the 404");
        }
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://motesplatser.example.se/sitemap.xml"));
    }
}
