package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** Every JSON file of the example site validates against the schema the site publishes for it. */
class OpenDataJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path site;
    static SchemaCheck schemas;

    @BeforeAll
    static void build() throws IOException {
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-06-15");
        assertEquals(0, run.exit(), run.err());
        String baseUrl = MAPPER.readTree(site.resolve("api/v1/index.json").toFile()).get("url").asText();
        schemas = new SchemaCheck(site, baseUrl);
    }

    private static String read(String path) throws IOException {
        return Files.readString(site.resolve(path));
    }

    @Test
    void everyListAndTheIndexValidate() throws IOException {
        for (String name : List.of("index", "places", "events", "news", "organizations")) {
            assertEquals(List.of(), schemas.errors(name, read("api/v1/" + name + ".json")), name);
        }
    }

    @Test
    void everyPlaceFileValidatesAndEqualsItsEntryInTheList() throws IOException {
        JsonNode list = MAPPER.readTree(read("api/v1/places.json"));
        try (Stream<Path> files = Files.list(site.resolve("api/v1/places"))) {
            List<Path> places = files.sorted().toList();
            assertEquals(list.size(), places.size());
            for (Path file : places) {
                String json = Files.readString(file);
                assertEquals(List.of(), schemas.errors("place", json), file.toString());
                String id = file.getFileName().toString().replace(".json", "");
                JsonNode entry = null;
                for (JsonNode place : list) {
                    if (place.get("id").asText().equals(id)) {
                        entry = place;
                    }
                }
                assertEquals(entry, MAPPER.readTree(json), id);
            }
        }
    }

    @Test
    void theSchemaRejectsAFieldItDoesNotKnow() throws IOException {
        ObjectNode place = (ObjectNode) MAPPER.readTree(read("api/v1/places.json")).get(0);
        place.put("openNow", true);
        assertFalse(schemas.errors("place", MAPPER.writeValueAsString(place)).isEmpty());
        ObjectNode hours = (ObjectNode) place.get("openingHours");
        place.remove("openNow");
        hours.put("timezone", "Europe/Stockholm");
        assertFalse(schemas.errors("place", MAPPER.writeValueAsString(place)).isEmpty());
    }

    @Test
    void urlsAreAbsoluteAndPointAtPagesOfTheSite() throws IOException {
        JsonNode index = MAPPER.readTree(read("api/v1/index.json"));
        String base = index.get("url").asText();
        for (String name : List.of("places", "events", "news", "organizations")) {
            for (JsonNode item : MAPPER.readTree(read("api/v1/" + name + ".json"))) {
                String url = item.get("url").asText();
                assertTrue(url.startsWith(base), url);
                assertTrue(Files.exists(site.resolve(url.substring(base.length())).resolve("index.html")), url);
            }
        }
    }

    @Test
    void theIndexNamesTheLicenceAndThePublisher() throws IOException {
        JsonNode index = MAPPER.readTree(read("api/v1/index.json"));
        assertEquals("CC0-1.0", index.get("license").get("id").asText());
        assertEquals("http://creativecommons.org/publicdomain/zero/1.0/", index.get("license").get("url").asText());
        assertTrue(index.get("publisher").get("name").asText().length() > 0);
        for (JsonNode dataset : index.get("datasets")) {
            String base = index.get("url").asText();
            assertTrue(Files.exists(site.resolve(dataset.get("url").asText().substring(base.length()))), dataset.toString());
        }
    }

    @Test
    void theIndexLinksEverySchemaTheCatalogueAndTheFilesOfEachEntry() throws IOException {
        JsonNode index = MAPPER.readTree(read("api/v1/index.json"));
        String base = index.get("url").asText();
        List<String> schemas = new ArrayList<>();
        for (JsonNode schema : index.get("schemas")) {
            schemas.add(schema.get("url").asText().substring(base.length()));
        }
        try (Stream<Path> files = Files.list(site.resolve("api/v1/schema"))) {
            assertEquals(files.map(f -> "api/v1/schema/" + f.getFileName()).sorted().toList(), schemas.stream().sorted().toList());
        }
        for (JsonNode catalogue : index.get("catalog")) {
            assertTrue(Files.exists(site.resolve(catalogue.get("url").asText().substring(base.length()))), catalogue.toString());
        }
        String place = MAPPER.readTree(read("api/v1/places.json")).get(0).get("id").asText();
        String event = MAPPER.readTree(read("api/v1/events.json")).get(0).get("id").asText();
        for (JsonNode item : index.get("itemFiles")) {
            String template = item.get("urlTemplate").asText().substring(base.length());
            String path = template.replace("{id}", template.startsWith("calendar/events/") ? event : place);
            assertTrue(Files.exists(site.resolve(path)), path);
        }
    }

    @Test
    void everyEventCarriesTheFieldsOutputsMdNamesWithRegistrationNullWhenNoneIsNeeded() throws IOException {
        JsonNode events = MAPPER.readTree(read("api/v1/events.json"));
        boolean withRegistration = false;
        boolean withoutRegistration = false;
        for (JsonNode event : events) {
            String id = event.get("id").asText();
            for (String field : List.of("id", "url", "title", "start", "end", "occurrences", "registration", "cancelled",
                    "calendar")) {
                assertTrue(event.has(field), id + " has no " + field);
            }
            assertTrue(event.has("place") ^ event.has("location"), id + ": place or location");
            withRegistration |= event.get("registration").isTextual();
            withoutRegistration |= event.get("registration").isNull();
        }
        assertTrue(withRegistration && withoutRegistration, "the example has events with and without registration");
    }

    @Test
    void theScheduleNamesMidsummerEveOnAFridayThePlaceIsClosedAnywayAsOutputsMdShows() throws IOException {
        // outputs.md: Framtidshubben (Mo, Th) has { "date": "2026-06-19", "open": [], "reason": "Midsommarafton" };
        // the example's Framtidshubben has not said what it does on holidays (holidays: unknown, as its
        // seed says nothing of them), so the day is named and unknown rather than closed
        JsonNode schedule = MAPPER.readTree(read("api/v1/places/framtidshubben-bergsjon.json")).get("openingHours").get("schedule");
        JsonNode friday = schedule.get(4);
        assertEquals("2026-06-19", friday.get("date").asText());
        assertEquals("unknown", friday.get("status").asText());
        assertEquals(0, friday.path("open").size());
        assertEquals("Midsommarafton", friday.get("reason").asText());
        JsonNode monday = schedule.get(7);
        assertEquals("2026-06-22", monday.get("date").asText());
        assertEquals("13:00", monday.get("open").get(0).get("opens").asText());
        assertFalse(monday.has("reason"));
        // a place without weekly hours has no usual days for a holiday to close
        for (JsonNode day : MAPPER.readTree(read("api/v1/places/kallaren.json")).get("openingHours").get("schedule")) {
            assertFalse(day.has("reason"), day.toString());
        }
    }

    @Test
    void theOpenDataPageLinksEveryKindOfFileTheOutputsTableNames() throws IOException {
        // outputs.md: /oppna-data/ shows every feed with its schema, including one entry's files and the catalogue
        String base = MAPPER.readTree(read("api/v1/index.json")).get("url").asText();
        List<String> links = org.jsoup.Jsoup.parse(read("oppna-data/index.html")).select("main a[href^=" + base + "]")
                .eachAttr("href").stream().map(href -> href.substring(base.length())).toList();
        for (String path : links) {
            assertTrue(Files.exists(site.resolve(path)), path);
        }
        for (String expected : List.of("api/v1/index.json", "api/v1/places.json", "api/v1/events.json", "api/v1/news.json",
                "api/v1/organizations.json", "api/v1/places.geojson", "api/hsds/services.json", "calendar/events.ics",
                "nyheter/feed.atom", "nyheter/feed.json", "dcat.rdf", "dcat.jsonld", "api/v1/schema/place.schema.json",
                "api/v1/schema/places.schema.json")) {
            assertTrue(links.contains(expected), expected + " in " + links);
        }
        for (String pattern : List.of("api/v1/places/[a-z0-9-]+\\.json", "calendar/places/[a-z0-9-]+\\.ics",
                "calendar/events/[a-z0-9-]+\\.ics")) {
            assertTrue(links.stream().anyMatch(link -> link.matches(pattern)), pattern + " in " + links);
        }
    }
}
