package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.output.MemorySite;

/**
 * One {@link Build} used again (as the dev server does) reads and validates only what changed,
 * yet reports the same errors and builds the same pages as a fresh one.
 */
class BuildCacheTest {

    @Test
    void anUnchangedFileKeepsItsErrorAndAnEditedOneIsReadAgain(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Build build = new Build(Progress.SILENT, Clock.systemUTC());
        Build.Options options = new Build.Options(content, TestSites.templates(), work.resolve("site"),
                LocalDate.of(2026, 11, 24), false, null);
        assertTrue(build.run(options, new MemorySite()).succeeded());

        Path place = content.resolve("places/testplats.md");
        String good = Files.readString(place);
        Files.writeString(place, good.replace("type: hub", "type: cafe"));
        assertEquals(1, build.run(options, new MemorySite()).errors().size());
        assertEquals(1, build.run(options, new MemorySite()).errors().size(), "the unchanged broken file still fails");

        Files.writeString(place, good.replace("Välkommen till testplatsen.", "Välkommen hit."));
        MemorySite site = new MemorySite();
        assertTrue(build.run(options, site).succeeded());
        String page = new String(site.find("platser/testplats/index.html").orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(page.contains("Välkommen hit."), "the edited body is read again");
    }

    @Test
    void aReusedBuildGivesTheSameSiteAsAFreshOne(@TempDir Path work) {
        Build.Options options = new Build.Options(TestSites.exampleContent(), TestSites.templates(), work.resolve("site"),
                LocalDate.of(2026, 11, 24), false, null);
        Build reused = new Build(Progress.SILENT, Clock.systemUTC());
        reused.run(options, new MemorySite());
        MemorySite second = new MemorySite();
        assertTrue(reused.run(options, second).succeeded());
        MemorySite fresh = new MemorySite();
        assertTrue(new Build(Progress.SILENT, Clock.systemUTC()).run(options, fresh).succeeded());
        assertEquals(fresh.paths(), second.paths());
        for (String path : fresh.paths()) {
            assertTrue(java.util.Arrays.equals(fresh.find(path).orElseThrow(), second.find(path).orElseThrow()), path);
        }
    }
}
