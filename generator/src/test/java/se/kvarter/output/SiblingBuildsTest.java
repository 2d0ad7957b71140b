package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clean-up after killed builds touches only provably dead leftovers of its own output folder. */
class SiblingBuildsTest {

    private static final int ROUNDS = 10;
    private static final int FILES = 400;

    @Test
    void twoBuildsIntoFoldersWhereOneNameIsAPrefixOfTheOtherBothPublishCompleteSites(@TempDir Path work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> builds = new ArrayList<>();
                for (String name : List.of("site", "site-preview")) {
                    int edition = round;
                    builds.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        publish(work.resolve(name), name + " " + edition);
                        return null;
                    }));
                }
                for (Future<?> build : builds) {
                    build.get(60, TimeUnit.SECONDS);
                }
                for (String name : List.of("site", "site-preview")) {
                    Path site = work.resolve(name);
                    assertEquals(name + " " + round, Files.readString(site.resolve("index.html")), "round " + round);
                    try (Stream<Path> files = Files.walk(site)) {
                        assertEquals(FILES + 2, files.filter(Files::isRegularFile).count(), name + " complete in round " + round);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> beside = Files.list(work)) {
            assertEquals(List.of("site", "site-preview"), beside.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A build that writes its pages one by one, the index last, as a real build is still busy while another starts. */
    private static void publish(Path out, String text) throws IOException {
        try (SiteWriter writer = SiteWriter.open(out)) {
            for (int i = 0; i < FILES; i++) {
                writer.write(OutputFile.text("pages/" + i + "/index.html", text + " page " + i));
            }
            writer.write(OutputFile.text("index.html", text));
            writer.commit();
        }
    }

    @Test
    void aRefusedBuildDeletesNothingNotEvenFoldersNamedLikeLeftovers(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("site"));
        Files.writeString(out.resolve("notes.txt"), "the user's");
        List<Path> lookalikes = List.of(
                work.resolve(".kvarter-site-backup"),
                work.resolve(".kvarter-site-new-999999999-1"),
                work.resolve(".kvarter-site-old-999999999"));
        for (Path folder : lookalikes) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("keep.txt"), "keep");
        }

        OutputFolderException refused = assertThrows(OutputFolderException.class, () -> SiteWriter.open(out));

        assertEquals("output.not-ours", refused.key());
        for (Path folder : lookalikes) {
            assertEquals("keep", Files.readString(folder.resolve("keep.txt")), folder + " untouched");
        }
        assertEquals("the user's", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void aBuildDeletesOnlyNamesItCanParseAsItsOwnFolders(@TempDir Path work) throws IOException {
        Path killed = Files.createDirectories(work.resolve(".kvarter-site-new-999999999-s1-7"));
        List<Path> others = List.of(
                Files.createDirectories(work.resolve(".kvarter-site-backup")),
                Files.createDirectories(work.resolve(".kvarter-site-preview-new-999999999-s1-7")),
                Files.createDirectories(work.resolve(".kvarter-site-new-999999999-s1-7-copy")));
        try (SiteWriter writer = SiteWriter.open(work.resolve("site"))) {
            writer.write(OutputFile.text("index.html", "x"));
            writer.commit();
        }
        assertFalse(Files.exists(killed), "the leftover of a dead build of this folder is gone");
        for (Path other : others) {
            assertTrue(Files.exists(other), other + " kept");
        }
    }

    @Test
    void anOutputFolderWhoseNameLooksLikeAGlobIsCleanedUpAfterToo(@TempDir Path work) throws IOException {
        Path killed = Files.createDirectories(work.resolve(".kvarter-site[1]{a,b}-new-999999999-s1-7"));
        try (SiteWriter writer = SiteWriter.open(work.resolve("site[1]{a,b}"))) {
            writer.write(OutputFile.text("index.html", "x"));
            writer.commit();
        }
        assertFalse(Files.exists(killed));
    }

    @Test
    void aFolderOfThisProcessThatIsStillBeingWrittenIsNotALeftover(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        try (SiteWriter first = SiteWriter.open(out); SiteWriter second = SiteWriter.open(out)) {
            first.write(OutputFile.text("index.html", "first"));
            second.write(OutputFile.text("index.html", "second"));
            first.commit();
            assertEquals("first", Files.readString(out.resolve("index.html")));
            second.commit();
        }
        assertEquals("second", Files.readString(out.resolve("index.html")));
    }

    @Test
    void namesParseAsTheLeftoverOfExactlyOneFolder() {
        String name = Leftover.name("site-preview", "new");
        assertTrue(Leftover.parse("site-preview", name).isPresent());
        assertFalse(Leftover.parse("site-preview", name).get().ofDeadProcess(), "this process is running");
        assertTrue(Leftover.parse("site", name).isEmpty(), name + " is not site's");
        assertTrue(Leftover.parse("site", ".kvarter-site-new-5-new-77-1").isEmpty());
        assertTrue(Leftover.parse("site", ".kvarter-site-old-12").get().old(), "a name of an earlier version");
        assertTrue(Leftover.parse("site", ".kvarter-site-old-12").get().ofDeadProcess() || ProcessHandle.of(12).isPresent());
    }
}
