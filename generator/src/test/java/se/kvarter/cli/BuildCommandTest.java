package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** The build command as a user meets it: exit codes, the summary line, usage mistakes. */
class BuildCommandTest {

    private static String basic() {
        return TestSites.fixture("sites/basic/content").toString();
    }

    private static String templates() {
        return TestSites.templates().toString();
    }

    @Test
    void aGoodBuildExitsWithZeroAndEndsWithTheSummaryLine(@TempDir Path work) {
        Path out = work.resolve("out");
        TestSites.Run run = TestSites.kvarter("build", "--content", basic(), "--templates", templates(),
                "--out", out.toString(), "--date", "2026-11-24", "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("Built \\d+ pages, \\d+ feeds in \\d+\\.\\d\\d s -> .*out/"), last);
        assertTrue(Files.exists(out.resolve("index.html")));
        assertEquals("", run.err());
    }

    @Test
    void theSummaryIsSwedishByDefault(@TempDir Path work) {
        TestSites.Run run = TestSites.kvarter("build", "--content", basic(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Byggde "), run.out());
    }

    @Test
    void quietPrintsNothingOnSuccess(@TempDir Path work) {
        TestSites.Run run = TestSites.kvarter("build", "--content", basic(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--date", "2026-11-24", "--quiet");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void languageAndQuietMayComeBeforeTheCommandAndTheCommandsOwnWin(@TempDir Path work) {
        TestSites.Run english = TestSites.kvarter("--lang", "en", "build", "--content", basic(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--date", "2026-11-24");
        assertEquals(0, english.exit(), english.err());
        assertTrue(english.out().contains("Built "), english.out());
        TestSites.Run swedish = TestSites.kvarter("--lang=en", "build", "--lang", "sv", "--content", basic(),
                "--templates", templates(), "--out", work.resolve("out").toString(), "--date", "2026-11-24");
        assertTrue(swedish.out().contains("Byggde "), swedish.out());
        TestSites.Run quiet = TestSites.kvarter("-q", "build", "--content", basic(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--date", "2026-11-24");
        assertEquals(0, quiet.exit(), quiet.err());
        assertEquals("", quiet.out());
        TestSites.Run noCommand = TestSites.kvarter("--lang", "en");
        assertEquals(2, noCommand.exit());
        assertTrue(noCommand.err().startsWith("Name a command"), noCommand.err());
    }

    @Test
    void helpAndVersionExitWithZero() {
        assertEquals(0, TestSites.kvarter("--help").exit());
        assertEquals(0, TestSites.kvarter("build", "--help").exit());
        TestSites.Run version = TestSites.kvarter("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("kvarter "), version.out());
    }

    @Test
    void wrongUsageExitsWithTwo(@TempDir Path work) {
        assertEquals(2, TestSites.kvarter("build", "--no-such-option").exit());
        assertEquals(2, TestSites.kvarter("build", "--date", "24/11/2026").exit());
        assertEquals(2, TestSites.kvarter("no-such-command").exit());
        TestSites.Run missing = TestSites.kvarter("build", "--content", work.resolve("nothing").toString(),
                "--templates", templates(), "--out", work.resolve("out").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("Innehållsmappen"), missing.err());
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent(@TempDir Path work) {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates", templates(),
                "--out", work.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("cannot be the content or templates folder"), run.err());
        assertTrue(Files.exists(content.resolve("site.yaml")));
    }

    @Test
    void refusesToReplaceAFolderThatKvarterDidNotMake(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("documents"));
        Files.writeString(out.resolve("letter.txt"), "keep me");
        TestSites.Run run = TestSites.kvarter("build", "--content", basic(), "--templates", templates(),
                "--out", out.toString(), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("was not made by kvarter"), run.err());
        assertEquals("keep me", Files.readString(out.resolve("letter.txt")));
    }

    @Test
    void contentErrorsAreAllReportedWithExitOneAndNoTrace(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Files.writeString(content.resolve("places/testplats.md"), "---\nname: Testplatsen\ntype: cafe\n---\n");
        Files.writeString(content.resolve("events/testtraff.md"), "---\ntitle: Träff\nplace: testplatsen\nstart: 2026-12-02T13:00\nduration: 2h\n---\n");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--lang", "en", "--date", "2026-11-24");
        assertEquals(1, run.exit());
        assertEquals(List.of(
                "events/testtraff.md:3:8: Cannot find the place \"testplatsen\". Did you mean \"testplats\"?",
                "places/testplats.md:3:7: The value \"cafe\" cannot be used in \"type\". Choose one of: hub, meeting-place, drop-in, office, other.",
                "2 errors found. The published site is untouched."), run.errLines());
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void aFileThatCannotBeReadIsOneErrorNotOnePerReferenceToIt(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Files.writeString(content.resolve("places/testplats.md"), "---\nname: Testplatsen: ny\n---\n");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates", templates(),
                "--out", work.resolve("out").toString(), "--lang", "en", "--date", "2026-11-24");
        assertEquals(1, run.exit());
        assertEquals(2, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("places/testplats.md:2:"), run.err());
    }
}
