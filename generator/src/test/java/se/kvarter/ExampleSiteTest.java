package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example site of the repository builds, has a page per entry, and builds the same twice. */
class ExampleSiteTest {

    private static TestSites.Run build(Path out, String date) {
        return TestSites.kvarter("build", "--content", TestSites.exampleContent().toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", date);
    }

    @Test
    void buildsAPageForEveryPlaceEventArticleAndPage(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        TestSites.Run run = build(out, "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertPagesFor(out, "places", "platser/");
        assertPagesFor(out, "events", "evenemang/");
        assertPagesFor(out, "pages", "");
        for (String id : ids("news")) {
            String slug = id.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "");
            assertTrue(Files.exists(out.resolve("nyheter/" + slug + "/index.html")), slug);
        }
    }

    @Test
    void twoBuildsWithTheSameDateAreByteIdentical(@TempDir Path work) {
        assertEquals(0, build(work.resolve("a"), "2026-06-15").exit());
        assertEquals(0, build(work.resolve("b"), "2026-06-15").exit());
        SortedMap<String, byte[]> a = TestSites.snapshot(work.resolve("a"));
        SortedMap<String, byte[]> b = TestSites.snapshot(work.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertTrue(Arrays.equals(a.get(path), b.get(path)), path);
        }
    }

    private static void assertPagesFor(Path out, String folder, String prefix) throws IOException {
        for (String id : ids(folder)) {
            assertTrue(Files.exists(out.resolve(prefix + id + "/index.html")), prefix + id);
        }
    }

    /** The ids of the published entries of a folder: drafts have no page, and may be in the example. */
    private static List<String> ids(String folder) throws IOException {
        try (Stream<Path> files = Files.list(TestSites.exampleContent().resolve(folder))) {
            return files.filter(p -> p.getFileName().toString().matches("[^.]+\\.md"))
                    .filter(p -> !isDraft(p))
                    .map(p -> p.getFileName().toString().replace(".md", ""))
                    .toList();
        }
    }

    private static boolean isDraft(Path file) {
        try {
            return Files.readAllLines(file).stream().anyMatch(line -> line.strip().startsWith("draft: true"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
