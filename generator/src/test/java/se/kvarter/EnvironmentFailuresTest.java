package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.output.Disk;
import se.kvarter.output.OutputFailure;
import se.kvarter.source.Messages;

/**
 * What the disk or the system refuses is told as one sentence with what to do, never as a bug
 * to report, and the previous site stays whole: a full disk, a read-only disk, an output folder
 * under a regular file, a symbolic link to the content as the output folder, and a build killed
 * between the two moves of the swap.
 *
 * <p>A full or read-only disk cannot be had in a test without root rights, so the build writes
 * through a {@link Disk} that fails after some files with the exceptions the JDK throws on Linux
 * for ENOSPC ({@code IOException: No space left on device}, from a write) and EROFS
 * ({@code FileSystemException: ...: Read-only file system}); both were seen on a small tmpfs.
 */
class EnvironmentFailuresTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);

    @Test
    void aFullDiskHalfWayIsOneSentenceAndThePreviousSiteStaysWhole(@TempDir Path work) {
        assertFailsWithSiteKept(work, new IOException("No space left on device"), "environment.disk-full",
                "Disken är full, så kvarter kunde inte skriva webbplatsen i ");
    }

    @Test
    void aReadOnlyDiskIsOneSentenceAndThePreviousSiteStaysWhole(@TempDir Path work) {
        assertFailsWithSiteKept(work, new FileSystemException("/x/.kvarter-site-new-1/index.html", null,
                "Read-only file system"), "environment.read-only", "ligger på en disk som bara går att läsa");
    }

    private static void assertFailsWithSiteKept(Path work, IOException failure, String key, String sentence) {
        Path out = built(work);
        SortedMap<String, byte[]> before = TestSites.snapshot(out);
        AtomicInteger written = new AtomicInteger();
        Disk failing = new Disk() {
            @Override
            public void write(Path file, byte[] bytes) throws IOException {
                if (written.incrementAndGet() > 20) {
                    throw failure;
                }
                Disk.LOCAL.write(file, bytes);
            }

            @Override
            public void copy(Path source, Path target) throws IOException {
                Disk.LOCAL.copy(source, target);
            }
        };
        Build build = new Build(Progress.SILENT, Clock.systemUTC(), failing);
        OutputFailure e = assertThrows(OutputFailure.class, () -> build.run(options(out)));
        assertEquals(key, e.key());
        String said = Messages.forLanguage("sv").format(e.key(), e.args());
        assertTrue(said.contains(sentence) && said.endsWith("Den publicerade webbplatsen är orörd."), said);
        assertTrue(said.contains(out.toString()), "names the output folder, not the build's own: " + said);
        assertSameFiles(before, TestSites.snapshot(out));
        assertEquals(List.of("site"), names(work.resolve("sites")), "nothing left beside the site");
    }

    @Test
    void anOutputFolderUnderARegularFileIsACommandLineMistake(@TempDir Path work) throws IOException {
        Files.writeString(work.resolve("notes.txt"), "a file");
        for (String lang : List.of("sv", "en")) {
            TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/basic/content").toString(),
                    "--templates", TestSites.templates().toString(), "--out", work.resolve("notes.txt/site").toString(),
                    "--date", "2026-11-24", "--lang", lang);
            assertEquals(2, run.exit(), run.err());
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().contains(work.resolve("notes.txt").toString()), run.err());
            assertTrue(run.err().contains(lang.equals("sv") ? "är en fil, inte en mapp" : "is a file, not a folder"),
                    run.err());
        }
        assertEquals("a file", Files.readString(work.resolve("notes.txt")));
    }

    @Test
    void aSymbolicLinkToTheContentAsOutputFolderIsRefused(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        SortedMap<String, byte[]> before = TestSites.snapshot(content);
        Path link = Files.createSymbolicLink(work.resolve("site"), content);
        Path linkToParent = Files.createSymbolicLink(work.resolve("up"), work);
        for (Path out : List.of(link, linkToParent.resolve("content/site"))) {
            TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                    TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().contains("kan inte vara innehålls- eller mallmappen"), run.err());
        }
        assertSameFiles(before, TestSites.snapshot(content));
    }

    @Test
    void aBuildKilledBetweenTheTwoMovesIsFinishedByTheNextEvenOneWithContentErrors(@TempDir Path work)
            throws IOException {
        Path out = built(work);
        SortedMap<String, byte[]> before = TestSites.snapshot(out);
        // What the kill leaves: the previous site moved aside under the name of a process (this
        // old-style name's pid is above any system's limit, so no process has it) and no site.
        Files.move(out, out.resolveSibling(".kvarter-site-old-999999999"));
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om\nmenu: nej\n---\nText.\n");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("Den publicerade webbplatsen är orörd."), run.err());
        assertTrue(run.out().contains("återställd"), "says it put the site back: " + run.out());
        assertSameFiles(before, TestSites.snapshot(out));
        assertEquals(List.of("site"), names(out.getParent()));
    }

    private static Path built(Path work) {
        Path out = work.resolve("sites/site");
        Build.Result result = new Build(Progress.SILENT, Clock.systemUTC()).run(options(out));
        assertTrue(result.succeeded(), () -> result.errors().toString());
        return out;
    }

    private static Build.Options options(Path out) {
        return new Build.Options(TestSites.fixture("sites/basic/content"), TestSites.templates(), out, DATE, false,
                null);
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertSameFiles(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (String path : before.keySet()) {
            assertTrue(java.util.Arrays.equals(before.get(path), after.get(path)), "unchanged: " + path);
        }
        assertFalse(before.isEmpty());
    }
}
