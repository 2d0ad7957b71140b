package se.kvarter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Atomic publishing, tested the hard way: builds in their own process are killed (SIGKILL) at
 * three moments of a build, each recognised by what the build has written so far (its work
 * folder just made, half full, complete), never by a guess of how long a build takes; after each
 * the output folder is exactly the previous site or exactly the new one, never a mix, and the
 * next build cleans up what the killed ones left beside it. Only the builds that are killed (and
 * the one that runs out of memory) start a JVM of their own; the others run in this one, where
 * the code is already loaded and compiled (each JVM start cost seconds of CPU).
 */
class KilledBuildTest {

    /** Enough pages that a build is seen with its work folder half full; each place costs every build. */
    private static final int PLACES = 60;
    /** Enough content that a build runs out of 16 MB of memory soon, rather than crawling on. */
    private static final int PLACES_FOR_MEMORY = 150;
    /** How long a build may take to reach a moment before the test gives up on it. */
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteWholeAndTheNextBuildCleansUp() throws Exception {
        Path content = manyPlaces(PLACES);
        Path site = work.resolve("site");
        buildHere(content, site, "2026-11-24");
        SortedMap<String, byte[]> previous = TestSites.snapshot(site);
        Path other = work.resolve("next");
        buildHere(content, other, "2026-12-24");
        SortedMap<String, byte[]> next = TestSites.snapshot(other);
        int files = next.size();

        List<String> seen = new ArrayList<>();
        // the work folder made; half of the files written; all of them written (the swap is near)
        List<Integer> moments = List.of(0, files / 2, files);
        for (int i = 1; i <= moments.size(); i++) {
            Process build = build(content, site, "2026-12-24");
            awaitWorkFolderWith(build, moments.get(i - 1));
            build.destroyForcibly();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS));
            SortedMap<String, byte[]> after = TestSites.snapshot(site);
            boolean old = same(previous, after);
            assertTrue(old || same(next, after), "kill " + i + " left a mix of two builds");
            seen.add(old ? "previous" : "next");
            if (!old && i < moments.size()) { // after the last kill the cleaning build below does it
                buildHere(content, site, "2026-11-24"); // back to the previous site
            }
        }
        assertTrue(seen.contains("previous"), "some kill came before the swap: " + seen);

        buildHere(content, site, "2026-11-24");
        try (Stream<Path> beside = Files.list(work)) {
            assertEquals(List.of(), beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".kvarter-")).toList(),
                    "leftovers of killed builds");
        }
        assertTrue(same(previous, TestSites.snapshot(site)));
    }

    /**
     * Waits until {@code build} has a work folder beside the site with at least {@code files}
     * files in it, or has ended: the moment to kill it is a state of the build, not a time.
     */
    private void awaitWorkFolderWith(Process build, int files) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (build.isAlive()) {
            try (Stream<Path> beside = Files.list(work)) {
                Path folder = beside.filter(p -> p.getFileName().toString().startsWith(".kvarter-site-new-"))
                        .findFirst().orElse(null);
                if (folder != null && count(folder) >= files) {
                    return;
                }
            }
            assertTrue(System.nanoTime() < deadline, "the build reached no work folder with " + files + " files");
            TimeUnit.MILLISECONDS.sleep(2);
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException | UncheckedIOException e) {
            return 0; // the build moved or deleted it while it was counted
        }
    }

    /** The example content and {@code places} more places: a build that lasts long enough to be killed. */
    private Path manyPlaces(int places) throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        for (int i = 0; i < places; i++) {
            Files.writeString(content.resolve("places/plats-" + i + ".md"), """
                    ---
                    name: Plats %d
                    type: meeting-place
                    summary: En mötesplats för test av avbrutna byggen.
                    address: { street: Gatan %d, city: Göteborg, area: Område %d }
                    hours:
                      - days: mo-fr
                        time: 09:00-17:00
                    holidays: closed
                    accessibility: { entrance: step-free }
                    ---
                    Här finns kaffe och hjälp med **jobb**.
                    """.formatted(i, i, i % 20), StandardCharsets.UTF_8);
        }
        return content;
    }

    @Test
    void aBuildThatRunsOutOfMemorySaysHowToGiveItMoreAndKeepsTheSite() throws Exception {
        Path content = manyPlaces(PLACES_FOR_MEMORY);
        Path site = work.resolve("site");
        buildHere(TestSites.exampleContent(), site, "2026-11-24"); // any whole site will do as the previous one
        SortedMap<String, byte[]> previous = TestSites.snapshot(site);
        Path log = work.resolve("oom.log");
        Process starved = kvarter(log, List.of("-Xmx16m"), "build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-12-24", "--lang", "en");
        assertEquals(1, starved.waitFor());
        String said = Files.readString(log);
        assertTrue(said.contains("kvarter ran out of memory") && said.contains("KVARTER_JAVA_OPTS=-Xmx2g"), said);
        assertTrue(!said.contains("Exception") && !said.contains("\tat "), "no stack trace: " + said);
        assertTrue(same(previous, TestSites.snapshot(site)), "the previous site is whole");
    }

    private static boolean same(SortedMap<String, byte[]> a, SortedMap<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    /** {@code kvarter build} in this JVM, for the builds that are not killed. */
    private static void buildHere(Path content, Path out, String date) {
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", date, "--quiet");
        assertEquals(0, run.exit(), run.err());
    }

    /** {@code kvarter build} in a process of its own, so that it can be killed. */
    private Process build(Path content, Path out, String date) throws IOException {
        return kvarter(work.resolve("build.log"), List.of(), "build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", date, "--quiet");
    }

    /** {@code kvarter args...} in a JVM of its own with the launcher's compiler and collector and {@code memory}, output to {@code log}. */
    private static Process kvarter(Path log, List<String> memory, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(memory);
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "se.kvarter.Kvarter"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
