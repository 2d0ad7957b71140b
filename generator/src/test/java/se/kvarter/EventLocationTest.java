package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event elsewhere than at a place takes {@code location:} with a name and an address: the
 * address as a place has it (a mapping of its parts), on one line, or its parts right under
 * {@code location:}. All three reach the event page and the open data.
 */
class EventLocationTest {

    @TempDir
    static Path work;
    static Map<String, JsonNode> events = new HashMap<>();
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        event(content, "som-en-plats", "  address:\n    street: Götaplatsen 3\n    postalCode: \"412 56\"\n    city: Göteborg\n");
        event(content, "pa-en-rad", "  address: Götaplatsen 3, Göteborg\n");
        event(content, "delarna-direkt", "  street: Götaplatsen 3\n  city: Göteborg\n");
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        for (JsonNode event : new ObjectMapper().readTree(site.resolve("api/v1/events.json").toFile())) {
            events.put(event.get("id").asText(), event);
        }
    }

    private static void event(Path content, String id, String address) throws IOException {
        Files.writeString(content.resolve("events/" + id + ".md"), "---\ntitle: Läsecirkel\nlocation:\n"
                + "  name: Stadsbiblioteket\n" + address + "start: 2026-12-02T13:00\nduration: 2h\n---\nVi läser.\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void anAddressWrittenAsAPlaceHasItKeepsItsParts() {
        JsonNode address = events.get("som-en-plats").get("location").get("address");
        assertEquals("Götaplatsen 3", address.get("street").asText());
        assertEquals("412 56", address.get("postalCode").asText());
        assertEquals("Göteborg", address.get("city").asText());
    }

    @Test
    void anAddressOnOneLineIsTheStreetLine() {
        assertEquals("Götaplatsen 3, Göteborg", events.get("pa-en-rad").get("location").get("address").get("street").asText());
    }

    @Test
    void thePartsRightUnderLocationStillWork() {
        JsonNode address = events.get("delarna-direkt").get("location").get("address");
        assertEquals("Götaplatsen 3", address.get("street").asText());
        assertEquals("Göteborg", address.get("city").asText());
    }

    @Test
    void theEventPageShowsTheNameAndAddress() throws IOException {
        String text = Jsoup.parse(site.resolve("evenemang/som-en-plats/index.html").toFile(), "UTF-8").select("main").text();
        assertTrue(text.contains("Stadsbiblioteket"), text);
        assertTrue(text.contains("Götaplatsen 3"), text);
    }
}
