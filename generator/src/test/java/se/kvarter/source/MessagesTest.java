package se.kvarter.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.kvarter.TestSites;

class MessagesTest {

    /** Keys that are not content errors: phrases, progress lines, and command-line problems tested in the CLI tests. */
    // output.duplicate-path is a safety net: every way content could put two files at one path
    // (aliases, page ids, place ids) is refused where it is written (place.alias-*, page.reserved-id,
    // place.reserved-id); SiteWriterTest and the Build catch it for what is left (templates, bugs).
    private static final List<String> NOT_CONTENT_ERRORS = List.of("kind.", "progress.", "internal.", "usage.", "serve.",
            "check.ok", "check.failed", "check.notice", "new.", "external.",
            // phrases, and what the disk or the system refused (EnvironmentFailuresTest, IoFailureTest)
            "io.", "environment.",
            "output.not-ours", "output.link-loop", "output.duplicate-path",
            // safety nets for the templates: content that would cause them is refused before (SiteCheckerTest)
            "check.image-without-alt", "check.h1-count");

    @Test
    void everyMessageExistsInBothLanguages() {
        assertEquals(new TreeSet<>(Messages.forLanguage("sv").keys()), new TreeSet<>(Messages.forLanguage("en").keys()));
    }

    @Test
    void everyContentErrorHasAFixtureThatShowsIt() {
        Set<String> missing = new TreeSet<>();
        for (String key : Messages.forLanguage("sv").keys()) {
            // notices do not fail a build: their fixtures are run by check (NoticeFixturesTest)
            String folder = key.startsWith("notice.") ? "notices/" : "errors/";
            if (NOT_CONTENT_ERRORS.stream().noneMatch(key::startsWith)
                    && !Files.isDirectory(TestSites.fixture(folder + key))) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "message keys without a fixture in fixtures/errors/: " + missing);
    }

    @Test
    void everyFixtureNamesAMessage() {
        Set<String> keys = Messages.forLanguage("sv").keys();
        try (var folders = Files.list(TestSites.fixture("errors"))) {
            folders.map(p -> p.getFileName().toString())
                    .forEach(name -> assertTrue(keys.contains(name), "fixture without a message: " + name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void formatsPhrasesInTheReadersLanguage() {
        ContentError error = ContentError.of(new Position("places/a.md", 3, 5), "ref.unknown-none",
                new Phrase("kind.place"), "kallarn");
        assertEquals("places/a.md:3:5: Hittar inte platsen \"kallarn\": det finns inga sådana ännu.",
                error.format(Messages.forLanguage("sv")));
        assertEquals("places/a.md:3:5: Cannot find the place \"kallarn\": there are none yet.",
                error.format(Messages.forLanguage("en")));
    }
}
