package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Every page of the complete fixture site describes its main entity in one schema.org JSON-LD
 * block, with only properties that schema.org gives its types.
 */
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

    @Test
    void everyPropertyIsOneThatSchemaOrgGivesItsTypeOrASupertype(@TempDir Path work) throws IOException {
        Vocabulary vocabulary = Vocabulary.load();
        int checked = 0;
        for (String content : List.of(TestSites.fixture("sites/complete/content").toString(), TestSites.exampleContent().toString())) {
            Path site = work.resolve("site" + checked);
            TestSites.Run run = TestSites.kvarter("build", "--content", content,
                    "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
            assertEquals(0, run.exit(), run.err());
            try (Stream<Path> files = Files.walk(site)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                    for (org.jsoup.nodes.Element block : Jsoup.parse(file.toFile(), "UTF-8").select("script[type=application/ld+json]")) {
                        checked += vocabulary.check(MAPPER.readTree(block.data()), site.relativize(file).toString());
                    }
                }
            }
        }
        assertTrue(checked > 100, "properties checked: " + checked);
    }

    /** The part of the schema.org vocabulary in the test resources: each class's supertypes, each property's domains. */
    private record Vocabulary(Map<String, Set<String>> supertypes, Map<String, Set<String>> domains) {

        static Vocabulary load() throws IOException {
            Map<String, Set<String>> parents = new HashMap<>();
            Map<String, Set<String>> domains = new HashMap<>();
            try (InputStream in = JsonLdTest.class.getResourceAsStream("/schemaorg/schemaorg-subset-https.jsonld")) {
                for (JsonNode node : MAPPER.readTree(in).get("@graph")) {
                    String id = node.get("@id").asText().substring("schema:".length());
                    if (node.get("@type").asText().equals("rdfs:Class")) {
                        parents.put(id, ids(node.path("rdfs:subClassOf")));
                    } else {
                        domains.put(id, ids(node.get("schema:domainIncludes")));
                    }
                }
            }
            Map<String, Set<String>> supertypes = new HashMap<>();
            for (String type : parents.keySet()) {
                Set<String> all = new HashSet<>();
                List<String> todo = new java.util.ArrayList<>(List.of(type));
                while (!todo.isEmpty()) {
                    String next = todo.remove(todo.size() - 1);
                    if (all.add(next)) {
                        todo.addAll(parents.getOrDefault(next, Set.of()));
                    }
                }
                supertypes.put(type, all);
            }
            return new Vocabulary(supertypes, domains);
        }

        private static Set<String> ids(JsonNode list) {
            Set<String> ids = new HashSet<>();
            list.forEach(item -> ids.add(item.get("@id").asText().substring("schema:".length())));
            return ids;
        }

        /** Checks {@code node} and everything nested in it; how many properties it checked. */
        int check(JsonNode node, String where) {
            int count = 0;
            if (node.isArray()) {
                for (JsonNode item : node) {
                    count += check(item, where);
                }
            } else if (node.isObject()) {
                String type = node.get("@type").asText();
                Set<String> types = supertypes.get(type);
                assertTrue(types != null, where + ": " + type + " is not a schema.org type here");
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (field.getKey().startsWith("@")) {
                        continue;
                    }
                    Set<String> domain = domains.get(field.getKey());
                    assertTrue(domain != null, where + ": " + field.getKey() + " is not a schema.org property here");
                    assertTrue(domain.stream().anyMatch(types::contains),
                            where + ": " + type + " has no property " + field.getKey() + " (it is for " + domain + ")");
                    count += 1 + check(field.getValue(), where);
                }
            }
            return count;
        }
    }
}
