package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

class NewCommandTest {

    /** Where the scaffolds' comments after a field start (0-based), when the field leaves room. */
    private static final int COMMENT_COLUMN = 38;

    @Test
    void writesADraftOfEveryKindThatBuildsWithoutErrors(@TempDir Path work) {
        Path content = basicSite(work);
        for (String kind : new String[] {"place", "event", "news", "page"}) {
            TestSites.Run run = TestSites.kvarter("new", kind, "ny-" + kind, "--content", content.toString());
            assertEquals(0, run.exit(), run.err());
        }
        TestSites.Run build = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", work.resolve("out").toString(), "--drafts", "--date", "2026-11-24");
        assertEquals(0, build.exit(), build.err());
        assertTrue(Files.exists(work.resolve("out/platser/ny-place/index.html")), "drafts show with --drafts");
    }

    @Test
    void explainsEveryFieldInSwedishAndPointsEditorsAtTheSchema(@TempDir Path work) throws IOException {
        Path content = basicSite(work);
        TestSites.kvarter("new", "place", "tensta", "--content", content.toString());
        String text = Files.readString(content.resolve("places/tensta.md"));
        assertTrue(text.contains("# yaml-language-server: $schema="), text);
        for (String field : new String[] {"name", "type", "organization", "summary", "address", "geo", "contact", "hours",
                "holidays", "exceptions", "services", "audiences", "languages", "accessibility", "status", "replacedBy",
                "aliases", "image", "draft", "period"}) {
            assertTrue(text.contains(field + ":"), field);
        }
    }

    @Test
    void refusesToOverwriteAndRefusesABadId(@TempDir Path work) throws IOException {
        Path content = basicSite(work);
        assertEquals(0, TestSites.kvarter("new", "page", "hitta-hit", "--content", content.toString()).exit());
        Files.writeString(content.resolve("pages/hitta-hit.md"), "mitt innehåll");
        assertEquals(1, TestSites.kvarter("new", "page", "hitta-hit", "--content", content.toString()).exit());
        assertEquals("mitt innehåll", Files.readString(content.resolve("pages/hitta-hit.md")));
        TestSites.Run bad = TestSites.kvarter("new", "place", "Mötesplats Vårberg", "--content", content.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("motesplats-varberg"), bad.err());
    }

    @Test
    void refusesAnIdTooLongForAFileNameWithASentenceNotAnInternalError(@TempDir Path work) throws IOException {
        Path content = basicSite(work);
        String id = "a".repeat(300);
        for (String lang : List.of("sv", "en")) {
            TestSites.Run run = TestSites.kvarter("new", "place", id, "--content", content.toString(), "--lang", lang);
            assertEquals(2, run.exit(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains("300") && run.err().contains("80"), run.err());
            assertFalse(run.err().contains("intern"), run.err());
        }
        try (var files = Files.list(content.resolve("places"))) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith("aaaa")));
        }
    }

    @Test
    void refusesANewsIdThatAnArticleOfAnotherDateHas(@TempDir Path work) {
        Path content = basicSite(work);
        TestSites.Run run = TestSites.kvarter("new", "news", "testnyhet", "--content", content.toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("2026-11-01-testnyhet.md"), run.err());
        assertEquals(List.of("2026-11-01-testnyhet.md"), names(content.resolve("news")));
    }

    @Test
    void takesTheDateOfANewsIdThatStartsWithOne(@TempDir Path work) throws IOException {
        Path content = basicSite(work);
        TestSites.Run run = TestSites.kvarter("new", "news", "2026-01-01-foo", "--content", content.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(content.resolve("news/2026-01-01-foo.md")), names(content.resolve("news")).toString());
        assertTrue(Files.readString(content.resolve("news/2026-01-01-foo.md")).contains("\n# date: 2026-01-01 "),
                "the commented date is the file name's");
        assertEquals(0, TestSites.kvarter("new", "news", "2099-06-01-later", "--content", content.toString()).exit());
        assertTrue(Files.readString(content.resolve("news/2099-06-01-later.md")).contains("# publishDate: 2099-06-08T13:00"),
                "the example publishDate follows an article dated ahead");
        TestSites.Run taken = TestSites.kvarter("new", "news", "2025-05-05-testnyhet", "--content", content.toString());
        assertEquals(1, taken.exit(), taken.err());
        TestSites.Run noSuchDay = TestSites.kvarter("new", "news", "2026-02-30-foo", "--content", content.toString(),
                "--lang", "en");
        assertEquals(2, noSuchDay.exit(), noSuchDay.err());
        assertTrue(noSuchDay.err().contains("2026-02-30"), noSuchDay.err());
        assertEquals(List.of("2026-01-01-foo.md", "2026-11-01-testnyhet.md", "2099-06-01-later.md"),
                names(content.resolve("news")));
    }

    @Test
    void refusesIdsTheBuildReservesForTheSiteItself(@TempDir Path work) {
        Path content = basicSite(work);
        for (String[] taken : new String[][] {{"page", "platser"}, {"page", "en"}, {"place", "oppet-idag"}}) {
            TestSites.Run run = TestSites.kvarter("new", taken[0], taken[1], "--content", content.toString());
            assertEquals(2, run.exit(), String.join(" ", taken) + ": " + run.err());
            assertTrue(run.err().contains(taken[1]), run.err());
        }
        assertEquals(List.of("om.md"), names(content.resolve("pages")));
        assertEquals(List.of("testplats.md"), names(content.resolve("places")));
        assertEquals(0, TestSites.kvarter("new", "event", "platser", "--content", content.toString()).exit(),
                "only pages and places share addresses with the site's own pages");
    }

    @Test
    void refusesAFolderThatIsNotAContentFolder(@TempDir Path work) throws IOException {
        TestSites.Run missing = TestSites.kvarter("new", "place", "foo", "--content", work.resolve("typo").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertTrue(missing.err().contains("typo"), missing.err());
        assertFalse(Files.exists(work.resolve("typo")));
        Path noSite = Files.createDirectories(work.resolve("annat"));
        TestSites.Run notContent = TestSites.kvarter("new", "place", "foo", "--content", noSite.toString(), "--lang", "en");
        assertEquals(2, notContent.exit(), notContent.err());
        assertTrue(notContent.err().contains("site.yaml") && notContent.err().contains("annat"), notContent.err());
        assertEquals(List.of(), names(noSite));
    }

    @Test
    void keepsTheCommentsInOneColumnAfterTheDatesItFillsIn(@TempDir Path work) throws IOException {
        Path content = basicSite(work);
        Pattern commented = Pattern.compile("(\\s*(# )?\\s*(- )?[A-Za-z]+:.*?\\S) +# .*");
        for (String kind : new String[] {"place", "event", "news", "page"}) {
            assertEquals(0, TestSites.kvarter("new", kind, "ny-" + kind, "--content", content.toString()).exit());
            try (Stream<Path> files = Files.list(content.resolve(kind.equals("news") ? "news" : kind + "s"))) {
                Path file = files.filter(p -> p.toString().endsWith("ny-" + kind + ".md")).findFirst().orElseThrow();
                for (String line : Files.readAllLines(file)) {
                    Matcher m = commented.matcher(line);
                    // A field too long for the column has its comment after it.
                    if (m.matches() && m.group(1).length() < COMMENT_COLUMN) {
                        assertEquals(COMMENT_COLUMN, line.indexOf("# ", m.group(1).length()), file + ": " + line);
                    }
                }
            }
        }
    }

    private static Path basicSite(Path work) {
        return TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
    }

    /** The file and folder names in a folder, sorted. */
    private static List<String> names(Path folder) {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
