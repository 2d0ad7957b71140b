package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kvarter.TestSites;

/**
 * Runs every fixture under {@code fixtures/notices/<message-key>/}: its {@code content/} laid
 * over the basic site must pass {@code kvarter check} (exit code 0: a notice reminds, it never
 * fails) and print exactly the notices of {@code expected.txt} in Swedish and in English, and
 * one GitHub {@code ::notice} annotation per notice with {@code --format github}.
 */
class NoticeFixturesTest {

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(TestSites.fixture("notices"))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void checkPrintsTheNoticeAtItsPositionInBothLanguagesAndPasses(String key, @TempDir Path work) {
        Path fixture = TestSites.fixture("notices/" + key);
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        if (Files.isDirectory(fixture.resolve("content"))) {
            TestSites.copy(fixture.resolve("content"), content);
        }
        Map<String, List<String>> expected = ErrorFixturesTest.expected(fixture.resolve("expected.txt"));
        for (String lang : List.of("sv", "en")) {
            TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(), "--templates",
                    TestSites.templates().toString(), "--date", "2026-11-24", "--lang", lang);
            assertEquals(0, run.exit(), () -> "exit code, output:\n" + run.out() + run.err());
            assertEquals(expected.get(lang), run.errLines(), "notices in " + lang);
        }
        TestSites.Run github = TestSites.kvarter("check", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--date", "2026-11-24", "--format", "github");
        assertEquals(0, github.exit(), github.err());
        long annotations = github.out().lines().filter(line -> line.startsWith("::notice file=")).count();
        assertEquals(expected.get("sv").size(), annotations, github.out());
        assertTrue(github.out().lines().noneMatch(line -> line.startsWith("::error")), github.out());
        TestSites.Run json = TestSites.kvarter("check", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--date", "2026-11-24", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"code\" : \"" + key + "\""), json.out());
    }
}
