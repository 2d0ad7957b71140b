package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** A build of the example content has every path of outputs.md's open-data table. */
class OpenDataPathsTest {

    @Test
    void everyOpenDataPathOfTheContractExists(@TempDir Path work) throws IOException {
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        List<String> expected = new ArrayList<>(List.of(
                "api/v1/index.json", "api/v1/places.json", "api/v1/events.json", "api/v1/news.json",
                "api/v1/organizations.json", "api/v1/places.geojson", "calendar/events.ics", "nyheter/feed.atom",
                "nyheter/feed.json", "dcat.rdf", "dcat.jsonld", "sitemap.xml", "robots.txt", "404.html"));
        for (String name : List.of("index", "places", "events", "news", "organizations", "place", "event")) {
            expected.add("api/v1/schema/" + name + ".schema.json");
        }
        for (String id : ids("places")) {
            expected.add("api/v1/places/" + id + ".json");
            expected.add("calendar/places/" + id + ".ics");
        }
        for (String id : ids("events")) {
            expected.add("calendar/events/" + id + ".ics");
        }
        List<String> missing = expected.stream().filter(path -> !Files.isRegularFile(site.resolve(path))).toList();
        assertEquals(List.of(), missing);
        try (Stream<Path> hsds = Files.list(site.resolve("api/hsds"))) {
            assertTrue(hsds.map(p -> p.getFileName().toString()).toList().containsAll(
                    List.of("index.json", "organizations.json", "services.json", "locations.json", "schedules.json")));
        }
    }

    private static List<String> ids(String folder) throws IOException {
        try (Stream<Path> files = Files.list(TestSites.exampleContent().resolve(folder))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[a-z0-9-]+\\.md"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .toList();
        }
    }
}
