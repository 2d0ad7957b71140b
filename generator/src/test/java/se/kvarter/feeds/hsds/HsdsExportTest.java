package se.kvarter.feeds.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.model.TimeRange;

/**
 * The HSDS 3.0 export of the example site and of the fixture site with every kind of content:
 * every object of every file validates against the official HSDS schemas, ids are version 5
 * UUIDs and every reference between the files resolves.
 */
class HsdsExportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Each file of the export and the schema of its items. */
    private static final Map<String, String> FILES = Map.of(
            "organizations.json", "organization.json",
            "services.json", "service.json",
            "locations.json", "location.json",
            "service_at_locations.json", "service_at_location.json",
            "schedules.json", "schedule.json");

    @TempDir
    static Path work;
    static Path example;
    static Path complete;
    static final HsdsSchemaCheck SCHEMAS = new HsdsSchemaCheck();

    @BeforeAll
    static void build() {
        example = build(TestSites.exampleContent(), "example");
        complete = build(TestSites.fixture("sites/complete/content"), "complete");
    }

    private static Path build(Path content, String name) {
        return TestSites.build(content, work.resolve(name), "2026-11-24");
    }

    private static JsonNode read(Path site, String file) throws IOException {
        return MAPPER.readTree(Files.readString(site.resolve("api/hsds/" + file)));
    }

    @Test
    void everyObjectOfEveryFileValidatesAgainstTheHsdsSchemas() throws IOException {
        for (Path site : List.of(example, complete)) {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                JsonNode items = read(site, file.getKey());
                assertTrue(items.isArray() && !items.isEmpty(), file.getKey());
                for (JsonNode item : items) {
                    assertEquals(List.of(), SCHEMAS.errors(file.getValue(), item.toString()), file.getKey() + " " + item.get("id"));
                }
            }
            assertEquals(List.of(), SCHEMAS.errors(HsdsSchemaCheck.ENTRY_POINT, read(site, "index.json").toString()));
            assertEquals("3.0", read(site, "index.json").get("version").asText());
        }
    }

    @Test
    void theSchemasDoRejectWhatHsdsForbids() throws IOException {
        // a check that accepts anything would prove nothing
        ObjectNode service = (ObjectNode) read(example, "services.json").get(0);
        service.put("status", "open");
        assertFalse(SCHEMAS.errors("service.json", service.toString()).isEmpty());
        service.put("status", "active");
        // nested objects are checked through the schemas' $refs too
        ObjectNode schedule = (ObjectNode) service.get("service_at_locations").get(0).get("location").get("schedules").get(0);
        schedule.put("freq", "DAILY");
        assertFalse(SCHEMAS.errors("service.json", service.toString()).isEmpty());
        assertFalse(SCHEMAS.errors("schedule.json", "{\"id\": \"not-a-uuid\"}").isEmpty());
        assertFalse(SCHEMAS.errors("location.json", "{\"id\": \"" + UUID.randomUUID() + "\"}").isEmpty());
        assertFalse(SCHEMAS.errors(HsdsSchemaCheck.ENTRY_POINT, "{\"version\": 3}").isEmpty());
    }

    @Test
    void idsAreUniqueNameBasedUuidsAndEveryReferenceResolves() throws IOException {
        for (Path site : List.of(example, complete)) {
            Set<String> ids = new HashSet<>();
            Map<String, Set<String>> byFile = new HashMap<>();
            for (String file : List.of("organizations.json", "services.json", "locations.json",
                    "service_at_locations.json", "schedules.json")) {
                Set<String> own = new HashSet<>();
                for (JsonNode item : read(site, file)) {
                    String id = item.get("id").asText();
                    assertEquals(5, UUID.fromString(id).version(), id);
                    assertTrue(own.add(id), "duplicate id in " + file);
                    assertTrue(ids.add(id), "id used twice: " + id);
                }
                byFile.put(file, own);
            }
            for (JsonNode service : read(site, "services.json")) {
                // tabular_required in the schema: every place of these sites has an organisation
                assertTrue(byFile.get("organizations.json").contains(service.get("organization_id").asText()));
                for (JsonNode link : service.get("service_at_locations")) {
                    assertEquals(service.get("id"), link.get("service_id"));
                    assertEquals(link.get("location_id"), link.get("location").get("id"));
                }
            }
            for (JsonNode link : read(site, "service_at_locations.json")) {
                assertTrue(byFile.get("services.json").contains(link.get("service_id").asText()));
                assertTrue(byFile.get("locations.json").contains(link.get("location_id").asText()));
            }
            for (JsonNode schedule : read(site, "schedules.json")) {
                assertTrue(byFile.get("locations.json").contains(schedule.get("location_id").asText()));
            }
        }
    }

    @Test
    void idsAreVersion5AsRfc9562Computes() {
        // RFC 9562, appendix A.4: the DNS namespace and www.example.com
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        assertEquals(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"), HsdsIds.v5(dns, "www.example.com"));
        HsdsIds ids = new HsdsIds("https://motesplatser.example.se/");
        assertEquals(ids.of("location", "kallaren"), new HsdsIds("https://motesplatser.example.se/").of("location", "kallaren"));
        assertFalse(ids.of("location", "kallaren").equals(new HsdsIds("https://annan.example.se/").of("location", "kallaren")));
        assertFalse(ids.of("location", "kallaren").equals(ids.of("address", "kallaren")));
    }

    @Test
    void aServiceIsOneOrganisationsServiceAtEachOfItsPlaces() throws IOException {
        List<String> places = new ArrayList<>();
        for (JsonNode service : read(example, "services.json")) {
            if (service.get("url").asText().endsWith("/tjanster/community/")
                    && service.get("organization").get("name").asText().equals("Stockholms Stadsmission")) {
                service.get("service_at_locations").forEach(l -> places.add(l.get("location").get("name").asText()));
            }
        }
        assertTrue(places.size() > 1, places.toString());
    }

    @Test
    void placesBecomeLocationsWithAddressAccessibilityAndSchedules() throws IOException {
        JsonNode hubben = location(complete, "Hubben");
        JsonNode address = hubben.get("addresses").get(0);
        assertEquals("SE", address.get("country").asText());
        assertEquals("physical", address.get("address_type").asText());
        assertTrue(hubben.has("latitude") && hubben.has("longitude"));
        Set<String> summerDays = new HashSet<>();
        String families = null;
        for (JsonNode schedule : hubben.get("schedules")) {
            assertEquals("WEEKLY", schedule.get("freq").asText());
            assertTrue(schedule.get("opens_at").asText().matches("\\d\\d:\\d\\d"));
            LocalDate from = LocalDate.parse(schedule.get("valid_from").asText());
            LocalDate to = LocalDate.parse(schedule.get("valid_to").asText());
            if (schedule.get("opens_at").asText().equals("10:00") && schedule.get("closes_at").asText().equals("15:00")) {
                // summer hours replace the year-round ones: their season only, as seen from 2026-11-24 next year's
                assertFalse(from.isBefore(LocalDate.of(2027, 6, 15)) || to.isAfter(LocalDate.of(2027, 8, 15)), schedule.toString());
                summerDays.addAll(List.of(schedule.get("byday").asText().split(",")));
            } else if (!schedule.get("byday").asText().equals("SA")) {
                // the year-round weekday hours stop for the summer
                assertFalse(!from.isAfter(LocalDate.of(2027, 7, 1)) && !to.isBefore(LocalDate.of(2027, 7, 1)), schedule.toString());
            }
            if (schedule.get("description").asText().startsWith("Bara för")) {
                families = schedule.get("byday").asText() + " " + schedule.get("description").asText() + " " + schedule.get("notes").asText();
            }
        }
        assertEquals(Set.of("MO", "TU", "WE", "TH", "FR"), summerDays);
        // the exception's shorter hours on one date: a schedule for that day alone, with the reason
        List<String> oneDay = new ArrayList<>();
        for (JsonNode schedule : hubben.get("schedules")) {
            if (schedule.get("valid_from").equals(schedule.get("valid_to"))) {
                oneDay.add(schedule.get("byday").asText() + " " + schedule.get("valid_from").asText() + " "
                        + schedule.get("opens_at").asText() + "-" + schedule.get("closes_at").asText() + " "
                        + schedule.path("notes").asText());
            }
        }
        // (midsommarafton also leaves summer's Friday 2027-06-18 alone between closed Fridays)
        assertTrue(oneDay.contains("TH 2026-11-26 10:00-11:00 Kortare tid på grund av personalmöte."), oneDay.toString());
        assertTrue(families != null && families.startsWith("SA Bara för barnfamiljer.") && families.endsWith("Lördagar är för barnfamiljer."),
                families);
        JsonNode closed = location(complete, "Gamla lokalen");
        assertTrue(closed.get("description").asText().startsWith("Stängt för gott."), closed.toString());
        assertFalse(closed.has("schedules"), "a place closed for good claims no day");
    }

    @Test
    void aPlaceWithoutAnOrganisationGivesServicesWithoutOne() throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("without-organization/content"));
        Path kallaren = content.resolve("places/kallaren.md");
        Files.writeString(kallaren, Files.readString(kallaren).replaceAll("(?m)^organization:.*\\n", ""));
        Path site = build(content, "without-organization/site");
        JsonNode location = location(site, "Källaren");
        assertFalse(location.has("organization_id"));
        int without = 0;
        for (JsonNode service : read(site, "services.json")) {
            assertEquals(List.of(), SCHEMAS.errors("service.json", service.toString()));
            if (!service.has("organization_id")) {
                without++;
                assertFalse(service.has("organization"));
                assertEquals(location.get("id"), service.get("service_at_locations").get(0).get("location_id"));
            }
        }
        assertEquals(3, without, "Källaren's three services");
    }

    /**
     * The example content with Framtidshubben renamed (its old address in {@code aliases}, after
     * an alias that was never a place's), Mötesplats City closed for good and Källaren closed for now.
     */
    static Path renamedAndClosed(Path to) throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), to);
        List<Path> files;
        try (var walk = Files.walk(content)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            String renamed = text.replace("place:framtidshubben-bergsjon", "place:framtidshubben")
                    .replace("place: framtidshubben-bergsjon", "place: framtidshubben")
                    .replace("places: [framtidshubben-bergsjon]", "places: [framtidshubben]");
            if (!renamed.equals(text)) {
                Files.writeString(file, renamed);
            }
        }
        Path places = content.resolve("places");
        Files.move(places.resolve("framtidshubben-bergsjon.ar.md"), places.resolve("framtidshubben.ar.md"));
        Path hub = Files.move(places.resolve("framtidshubben-bergsjon.md"), places.resolve("framtidshubben.md"));
        Files.writeString(hub, Files.readString(hub).replaceFirst("(?m)^status: open$",
                "status: open\naliases: [/gamla/framtidshubben/, /platser/framtidshubben-bergsjon/]"));
        setStatus(places.resolve("motesplats-city.md"), "closed");
        setStatus(places.resolve("kallaren.md"), "temporarily-closed");
        return content;
    }

    private static void setStatus(Path place, String status) throws IOException {
        String text = Files.readString(place);
        String changed = text.replaceFirst("(?m)^status: open$", "status: " + status);
        assertFalse(changed.equals(text), place.toString());
        Files.writeString(place, changed);
    }

    @Test
    void aRenamedPlaceKeepsTheIdsOfItsFirstId() throws IOException {
        Path site = build(renamedAndClosed(work.resolve("renamed/content")), "renamed/site");
        Path before = work.resolve("renamed/before");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", before.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        JsonNode old = location(before, "Framtidshubben Bergsjön");
        JsonNode renamed = location(site, "Framtidshubben Bergsjön");
        assertEquals(new HsdsIds("https://motesplatser.example.se/").of("location", "framtidshubben-bergsjon"), old.get("id").asText());
        assertEquals(old.get("id"), renamed.get("id"));
        assertTrue(renamed.get("external_identifier").asText().endsWith("/platser/framtidshubben/"));
        for (String related : List.of("schedules", "addresses", "languages", "contacts", "phones", "accessibility")) {
            assertEquals(ids(old.path(related)), ids(renamed.path(related)), related);
        }
        assertFalse(ids(renamed.path("schedules")).isEmpty());
        Set<String> oldLinks = new HashSet<>();
        read(before, "service_at_locations.json").forEach(l -> oldLinks.add(l.get("id").asText()));
        for (JsonNode link : read(site, "service_at_locations.json")) {
            if (link.get("location_id").equals(renamed.get("id"))) {
                assertTrue(oldLinks.contains(link.get("id").asText()), link.toString());
            }
        }
    }

    @Test
    void aScheduleThatGoesOnKeepsItsIdInTheNextNightsBuild() throws IOException {
        Path next = work.resolve("next-day");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", next.toString(), "--date", "2026-11-25");
        assertEquals(0, run.exit(), run.err());
        Set<String> tomorrow = new HashSet<>();
        read(next, "schedules.json").forEach(s -> tomorrow.add(s.get("id").asText()));
        int ongoing = 0;
        for (JsonNode schedule : read(example, "schedules.json")) {
            // runs to the horizon (2026-11-24 + 366 days): the next build moves its end on, not its id
            if (!LocalDate.parse(schedule.get("valid_to").asText()).isBefore(LocalDate.of(2027, 11, 19))) {
                ongoing++;
                assertTrue(tomorrow.contains(schedule.get("id").asText()), schedule.toString());
            }
        }
        assertTrue(ongoing > 5, "ongoing schedules: " + ongoing);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        ids.sort(null);
        return ids;
    }

    @Test
    void closedPlacesStayAndSayTheyAreClosedAndTheirOwnServicesEnd() throws IOException {
        Path site = build(renamedAndClosed(work.resolve("closed/content")), "closed/site");
        JsonNode city = location(site, "Mötesplats City");
        assertTrue(city.get("description").asText().startsWith("Stängt för gott."), city.toString());
        assertFalse(city.has("schedules"));
        JsonNode kallaren = location(site, "Källaren");
        assertTrue(kallaren.get("description").asText().startsWith("Tillfälligt stängt."), kallaren.toString());
        Map<String, String> statuses = new HashMap<>();
        for (JsonNode service : read(site, "services.json")) {
            assertEquals(List.of(), SCHEMAS.errors("service.json", service.toString()));
            String key = service.path("organization").path("name").asText() + " " + service.get("url").asText()
                    .replaceAll(".*/tjanster/([^/]+)/$", "$1");
            statuses.put(key, service.get("status").asText());
            for (JsonNode link : service.get("service_at_locations")) {
                String name = link.get("location").get("name").asText();
                String description = link.path("description").asText(null);
                // a service shared with open places goes on, but not at the closed place
                assertEquals(name.equals("Mötesplats City") ? "Stängt för gott."
                        : name.equals("Källaren") ? "Tillfälligt stängt." : null, description, service.get("url").asText());
            }
        }
        // women-health only at City: over; Källaren's own services: closed for now; shared ones go on
        assertEquals("defunct", statuses.get("Stockholms Stadsmission women-health"), statuses.toString());
        assertEquals("active", statuses.get("Stockholms Stadsmission community"), statuses.toString());
        int kallarens = 0;
        for (Map.Entry<String, String> entry : statuses.entrySet()) {
            if (entry.getKey().startsWith("Stödboendeenheten")) {
                assertEquals("temporarily closed", entry.getValue(), entry.getKey());
                kallarens++;
            }
        }
        assertEquals(3, kallarens, statuses.toString());
    }

    @Test
    void noRequiredFieldIsEmpty() throws IOException {
        for (Path site : List.of(example, complete)) {
            for (String file : FILES.keySet()) {
                String text = Files.readString(site.resolve("api/hsds/" + file));
                assertFalse(text.contains("\"\""), file + " has an empty string");
            }
        }
    }

    private static JsonNode location(Path site, String name) throws IOException {
        for (JsonNode location : read(site, "locations.json")) {
            if (location.get("name").asText().equals(name)) {
                return location;
            }
        }
        throw new AssertionError("no location " + name);
    }

    @Test
    void weekdaysAndTimesTakeTheirRfc5545AndHsdsForms() {
        assertEquals("MO,WE,SU", HsdsSchedules.byday(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY)));
        assertEquals("00:00", HsdsSchedules.closes(new TimeRange(18 * 60, 24 * 60)));
        assertEquals("02:00", HsdsSchedules.closes(new TimeRange(22 * 60, 2 * 60)));
        assertEquals("17:00", HsdsSchedules.closes(new TimeRange(13 * 60, 17 * 60)));
    }
}
