package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvarter.TestSites;

/**
 * The published JSON Schemas cannot drift from the data: every JSON file of every test site
 * validates against the schemas the site publishes ({@link SiteJson}; the city-size site in
 * {@code CitySizeTest}), and every object of every schema is closed, so that a field a file has
 * and its schema lacks is an error, not a silent pass.
 *
 * <p>Closed in the published schemas themselves, not only in the tests: each build publishes the
 * schemas beside the data they describe, under the site's own address, so the two always change
 * together; a closed schema tells a consumer exactly what a file holds (code generators make
 * exact types of it), and a field added later arrives with the schema that names it. A consumer
 * that keeps an old copy of a schema must fetch it again when the data grows.
 */
class PublishedSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path work;

    private Path build(Path content, String date) {
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", date, "--quiet");
        assertEquals(0, run.exit(), run.err());
        return site;
    }

    @ParameterizedTest
    @ValueSource(strings = {"example", "basic", "calendar", "complete", "patterns"})
    void everyJsonFileOfTheSiteValidatesAgainstTheSitesOwnSchemas(String name) {
        Path content = name.equals("example") ? TestSites.exampleContent()
                : TestSites.fixture("sites/" + name + "/content");
        Path site = build(content, "2026-11-24");
        assertEquals(List.of(), SiteJson.problems(site), name);
        assertTrue(SiteJson.validated(site) >= 6, "the index, four lists and a place at least");
    }

    /** Every object a schema describes lists its properties and allows no other. */
    @Test
    void everyObjectOfEveryPublishedSchemaIsClosed() throws IOException, URISyntaxException {
        Path folder = Path.of(OpenDataWriter.class.getResource("schema").toURI());
        List<String> open = new ArrayList<>();
        int objects = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                objects += openObjects(MAPPER.readTree(file.toFile()), file.getFileName() + "#", open);
            }
        }
        assertEquals(List.of(), open, "objects that allow properties their schema does not name");
        assertTrue(objects > 20, "found " + objects + " objects in the schemas");
    }

    @Test
    void anObjectThatAllowsOtherPropertiesIsFound() throws IOException {
        JsonNode schema = MAPPER.readTree("""
                {"type": "object", "additionalProperties": false, "properties": {
                  "closed": {"type": "object", "properties": {}, "additionalProperties": false},
                  "open": {"type": "object", "properties": {"a": {"type": "string"}}},
                  "loose": {"properties": {}, "additionalProperties": true}}}""");
        List<String> open = new ArrayList<>();
        assertEquals(4, openObjects(schema, "#", open));
        assertEquals(List.of("#/properties/open", "#/properties/loose"), open);
    }

    /** Counts the object schemas under {@code node}, noting in {@code open} those not closed. */
    private static int openObjects(JsonNode node, String at, List<String> open) {
        int count = 0;
        if (node.isObject()) {
            if (node.has("properties") || "object".equals(node.path("type").asText())) {
                count++;
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    open.add(at);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                count += openObjects(field.getValue(), at + "/" + field.getKey(), open);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                count += openObjects(node.get(i), at + "/" + i, open);
            }
        }
        return count;
    }

    /**
     * The check can fail: with {@code summary} taken out of the place schema, the places of the
     * example site no longer validate, and the error names the field.
     */
    @Test
    void aFieldMissingFromItsSchemaFailsTheCheck() throws IOException {
        Path site = build(TestSites.exampleContent(), "2026-06-15");
        assertEquals(List.of(), SiteJson.problems(site));
        Path schema = site.resolve("api/v1/schema/place.schema.json");
        ObjectNode place = (ObjectNode) MAPPER.readTree(schema.toFile());
        assertTrue(((ObjectNode) place.get("properties")).remove("summary") != null, "the schema had summary");
        Files.writeString(schema, MAPPER.writeValueAsString(place));
        List<String> problems = SiteJson.problems(site);
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("api/v1/places.json: ")
                && problem.contains("summary")), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("api/v1/places/")), problems.toString());
    }

    /** A JSON file that the site starts to publish without a schema is named. */
    @Test
    void aJsonFileWithoutASchemaIsNamed() throws IOException {
        Path site = build(TestSites.fixture("sites/basic/content"), "2026-11-24");
        Files.writeString(site.resolve("api/v1/new.json"), "{}");
        assertEquals(List.of("api/v1/new.json: a JSON file with no schema; publish one, or name the standard it follows"),
                SiteJson.problems(site));
    }
}
