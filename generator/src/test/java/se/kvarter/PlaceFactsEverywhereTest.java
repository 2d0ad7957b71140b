package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.model.AccessFeature;
import se.kvarter.model.Answer;
import se.kvarter.model.PlaceAccessibility;
import se.kvarter.render.UiText;

/**
 * A fact of a place's accessibility reaches everything that shows or describes it: the editors'
 * content schema, the {@code new} scaffold, the place page, places.json and its published
 * schema. The fields are read from the model ({@link PlaceAccessibility}'s components, a yes/no
 * field per {@link AccessFeature}), so that a new fact fails here until each of them has it
 * (README, "Adding a fact to places"). The fixture place {@code hubben} of the complete test site
 * states every fact, so that each one has something to show.
 */
class PlaceFactsEverywhereTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path COMPLETE = TestSites.fixture("sites/complete/content");
    private static final String PLACE = "hubben";

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.build(COMPLETE, work.resolve("site"), "2026-11-24");
    }

    /** The fields of {@code accessibility}, in the model's order: its components, a field per yes/no feature. */
    static List<String> accessibilityFields() {
        List<String> fields = new ArrayList<>();
        for (var component : PlaceAccessibility.class.getRecordComponents()) {
            if (component.getName().equals("features")) {
                Arrays.stream(AccessFeature.values()).map(AccessFeature::key).forEach(fields::add);
            } else {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    /** The fixture place's {@code accessibility} block, field by value. */
    private static Map<String, String> fixtureFacts() throws IOException {
        String text = Files.readString(COMPLETE.resolve("places/" + PLACE + ".md"));
        Matcher block = Pattern.compile("(?m)^accessibility:\\n((?:  .*\\n)+)").matcher(text);
        assertTrue(block.find(), "the fixture place has an accessibility block");
        Map<String, String> facts = new LinkedHashMap<>();
        Matcher field = Pattern.compile("(?m)^  (\\w+): (.*)$").matcher(block.group(1));
        while (field.find()) {
            facts.put(field.group(1), field.group(2).replace("\"", "").strip());
        }
        return facts;
    }

    private static Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.path("properties").path("accessibility").path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theFixturePlaceStatesEveryFact() throws IOException {
        Map<String, String> facts = fixtureFacts();
        assertEquals(accessibilityFields(), List.copyOf(facts.keySet()),
                "places/" + PLACE + ".md of the complete fixture states each accessibility field, in the model's order");
        for (AccessFeature feature : AccessFeature.values()) {
            assertNotEquals(Answer.UNKNOWN.code(), facts.get(feature.key()), feature.key() + " is known at " + PLACE);
        }
    }

    @Test
    void theContentSchemaHasEveryField() throws IOException {
        JsonNode schema = JSON.readTree(TestSites.root().resolve("schema/content/place.schema.json").toFile());
        assertEquals(new TreeSet<>(accessibilityFields()), properties(schema), "schema/content/place.schema.json");
    }

    @Test
    void thePublishedSchemaHasEveryField() throws IOException {
        JsonNode schema = JSON.readTree(site.resolve("api/v1/schema/place.schema.json").toFile());
        assertEquals(new TreeSet<>(accessibilityFields()), properties(schema), "the published place.schema.json");
    }

    @Test
    void placesJsonHasEveryFieldAsTheContentStatesIt() throws IOException {
        JsonNode places = JSON.readTree(site.resolve("api/v1/places.json").toFile());
        JsonNode place = StreamSupport.stream(places.spliterator(), false)
                .filter(p -> p.path("id").asText().equals(PLACE)).findFirst().orElseThrow();
        JsonNode accessibility = place.path("accessibility");
        Map<String, String> facts = fixtureFacts();
        for (String field : accessibilityFields()) {
            assertEquals(facts.get(field), accessibility.path(field).asText(null), "places.json: accessibility." + field);
        }
    }

    @Test
    void thePlacePageShowsEveryFactWithItsLabel() throws IOException {
        Document page = Jsoup.parse(site.resolve("platser/" + PLACE + "/index.html").toFile(), "UTF-8");
        Element section = page.selectFirst("section[aria-labelledby=k-tillganglighet]");
        assertTrue(section != null, "the page has its accessibility section");
        Map<String, String> shown = new LinkedHashMap<>();
        for (Element term : section.select("dt")) {
            shown.put(term.text(), term.nextElementSibling().text());
        }
        UiText swedish = UiText.load(TestSites.templates(), "sv", "sv");
        Map<String, String> facts = fixtureFacts();
        for (String field : accessibilityFields()) {
            if (field.equals("notes")) {
                assertTrue(section.text().contains(facts.get(field)), "the notes are on the page");
                continue;
            }
            String label = swedish.get("access." + field);
            assertNotEquals("access." + field, label, "templates/i18n/sv.yaml has the label access." + field);
            assertTrue(shown.containsKey(label), "the page shows " + field + " as " + label + ": " + shown);
        }
        for (AccessFeature feature : AccessFeature.values()) {
            String answer = swedish.get("answer." + facts.get(feature.key()));
            assertEquals(answer, shown.get(swedish.get("access." + feature.key())), feature.key());
        }
    }

    @Test
    void theNewPlaceScaffoldOffersEveryField() throws IOException {
        Path content = TestSites.copy(COMPLETE, work.resolve("content"));
        assertEquals(0, TestSites.kvarter("new", "place", "alla-fakta", "--content", content.toString()).exit());
        String text = Files.readString(content.resolve("places/alla-fakta.md"));
        Matcher block = Pattern.compile("(?m)^accessibility:\\n((?:  .*\\n)+)").matcher(text);
        assertTrue(block.find(), "the scaffold has an accessibility block");
        for (String field : accessibilityFields()) {
            assertTrue(Pattern.compile("(?m)^  (# )?" + field + ": ").matcher(block.group(1)).find(),
                    "the new-place scaffold offers accessibility." + field + ":\n" + block.group(1));
        }
    }
}
