package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** {@code kvarter check}: the same checks as a build, three output formats, nothing written. */
class CheckCommandTest {

    private static String templates() {
        return TestSites.templates().toString();
    }

    /** The basic site with two mistakes: an unknown place type and an event at an unknown place. */
    private static Path withTwoMistakes(Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        String place = Files.readString(content.resolve("places/testplats.md"));
        Files.writeString(content.resolve("places/testplats.md"), place.replace("type: hub", "type: cafe"));
        String event = Files.readString(content.resolve("events/testtraff.md"));
        Files.writeString(content.resolve("events/testtraff.md"), event.replace("place: testplats", "place: testplatsen"));
        return content;
    }

    @Test
    void githubFormatPrintsOneAnnotationPerMistakeWithFileAndLine(@TempDir Path work) throws IOException {
        Path content = withTwoMistakes(work);
        TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(), "--templates", templates(),
                "--format", "github", "--date", "2026-11-24");
        assertEquals(1, run.exit());
        // the basic site's place does not write holidays: a notice, which fails nothing, comes first
        assertTrue(run.out().lines().findFirst().orElseThrow().startsWith("::notice file="), run.out());
        List<String> lines = run.out().lines().filter(line -> line.startsWith("::error")).toList();
        assertEquals(2, lines.size(), run.out());
        String events = content.resolve("events/testtraff.md").toString().replace('\\', '/');
        assertTrue(lines.get(0).startsWith("::error file=" + events.replace(":", "%3A") + ",line=3,col=8,title=kvarter::"),
                lines.get(0));
        assertTrue(lines.get(1).contains("places/testplats.md,line=3,col=7"), lines.get(1));
        assertFalse(Files.exists(work.resolve("site")), "check writes nothing");
    }

    @Test
    void jsonFormatIsAReportWithCodesAndPositions(@TempDir Path work) throws IOException {
        Path content = withTwoMistakes(work);
        TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(), "--templates", templates(),
                "--format", "json", "--lang", "en", "--date", "2026-11-24");
        assertEquals(1, run.exit());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertFalse(report.get("ok").asBoolean());
        assertEquals(2, report.get("errors").size());
        JsonNode first = report.get("errors").get(0);
        assertEquals("ref.unknown", first.get("code").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(8, first.get("column").asInt());
        assertTrue(first.get("message").asText().startsWith("Cannot find the place \"testplatsen\""));
    }

    @Test
    void aCorrectSiteChecksCleanAndWritesNothing(@TempDir Path work) {
        TestSites.Run run = TestSites.kvarter("check", "--content", TestSites.fixture("sites/basic/content").toString(),
                "--templates", templates(), "--lang", "en", "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("No errors:"), run.out());
    }

    @Test
    void externalLinksAreAskedOnceAndRememberedWhenTheyWork(@TempDir Path work) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int[] asked = {0};
        server.createContext("/", exchange -> {
            asked[0]++;
            int status = exchange.getRequestURI().getPath().equals("/finns") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
            Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om testet\n---\n[Fungerar](" + base
                    + "/finns) och [trasig](" + base + "/borta).\n");
            Path cache = work.resolve("cache.json");
            TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(), "--templates", templates(),
                    "--external-links", "--link-cache", cache.toString(), "--lang", "en", "--date", "2026-11-24");
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("The link " + base + "/borta to another site does not work (404)"), run.err());
            assertFalse(run.err().contains(base + "/finns "), run.err());
            assertTrue(Files.readString(cache).contains(base + "/finns"));
            int first = asked[0];
            TestSites.kvarter("check", "--content", content.toString(), "--templates", templates(),
                    "--external-links", "--link-cache", cache.toString(), "--date", "2026-11-24");
            assertEquals(first + 1, asked[0], "only the broken link is asked again");
        } finally {
            server.stop(0);
        }
    }
}
