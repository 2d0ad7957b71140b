package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import se.kvarter.TestSites;
import se.kvarter.content.FrontMatter;
import se.kvarter.source.Problems;

/**
 * The JSON Schemas of the content format in {@code schema/content/}, which editors use for
 * completion while typing, stay true to the validators: the same field names, and the example
 * content is valid against them.
 */
class ContentSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SCHEMAS = TestSites.root().resolve("schema/content");

    private static JsonNode schema(String name) throws IOException {
        return MAPPER.readTree(SCHEMAS.resolve(name + ".schema.json").toFile());
    }

    private static Set<String> properties(String name) throws IOException {
        Set<String> names = new TreeSet<>();
        schema(name).get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSchemasNameExactlyTheFieldsTheValidatorsAccept() throws IOException {
        assertEquals(new TreeSet<>(PlaceValidator.FIELDS), properties("place"));
        assertEquals(new TreeSet<>(EventValidator.FIELDS), properties("event"));
        assertEquals(new TreeSet<>(NewsValidator.FIELDS), properties("news"));
        assertEquals(new TreeSet<>(PageValidator.FIELDS), properties("page"));
        assertEquals(new TreeSet<>(OrganizationValidator.FIELDS), properties("organization"));
        assertEquals(new TreeSet<>(SiteValidator.FIELDS), properties("site"));
    }

    @Test
    void theExampleContentIsValidAgainstTheSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        List<String> problems = new ArrayList<>();
        Path content = TestSites.exampleContent();
        check(registry, "site", content.resolve("site.yaml"), false, problems);
        check(registry, "services", content.resolve("services.yaml"), false, problems);
        for (String[] kind : new String[][] {{"organization", "organizations", "false"}, {"place", "places", "true"},
                {"event", "events", "true"}, {"news", "news", "true"}, {"page", "pages", "true"}}) {
            try (Stream<Path> files = Files.list(content.resolve(kind[1]))) {
                for (Path file : files.sorted().toList()) {
                    check(registry, kind[0], file, Boolean.parseBoolean(kind[2]), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(SchemaRegistry registry, String name, Path file, boolean frontMatter, List<String> problems)
            throws IOException {
        String text = Files.readString(file);
        String yaml = frontMatter ? FrontMatter.split(file.toString(), text, new Problems()).orElseThrow().yaml() : text;
        Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        JsonNode definition = schema(name);
        if (file.getFileName().toString().matches("[^.]+\\.[a-z]{2,3}\\.md")) {
            // A translation (<id>.<lang>.md) carries only the fields it translates; the rest come from the original.
            ((com.fasterxml.jackson.databind.node.ObjectNode) definition).remove("required");
        }
        Schema schema = registry.getSchema(MAPPER.writeValueAsString(definition), InputFormat.JSON);
        schema.validate(MAPPER.writeValueAsString(data), InputFormat.JSON)
                .forEach(error -> problems.add(file.getFileName() + ": " + error.getMessage()));
        assertTrue(data != null, file.toString());
    }
}
