package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.kvarter.TestSites;

/**
 * Runs every fixture under {@code fixtures/errors/<message-key>/}: its {@code content/} laid over
 * the basic site (and its {@code templates/} over the real templates, if any) must fail with
 * exit code 1, print exactly the lines of {@code expected.txt} in Swedish and in English, and
 * leave the previously built site byte for byte as it was.
 *
 * <p>{@code content/} may be left out when the mistake is all in the lists below. What a fixture
 * cannot hold as plain files is made after copying: {@code delete.txt} lists
 * paths (relative to {@code content/}) to delete, {@code links.txt} lists symbolic links as
 * {@code path -> target} (the link relative to {@code content/}, the target relative to the
 * work folder that holds {@code content/} and {@code templates/}), and {@code generate.txt}
 * lists files too large to keep in the repository as {@code path bytes} (added to the file of
 * that path when {@code content/} has one, such as a page's front matter), and
 * {@code unreadable.txt} lists paths to make unreadable (mode 000); where that does not keep this
 * user from reading them (root), such a fixture is skipped, as the mistake cannot be made there.
 */
class ErrorFixturesTest {

    @TempDir
    static Path shared;
    static Path goodSite;
    /** The good site's files, read once: every fixture's copy of it must still hold exactly these. */
    static SortedMap<String, byte[]> goodFiles;

    @BeforeAll
    static void buildTheSiteThatMustSurvive() {
        goodSite = shared.resolve("good-site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/basic/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", goodSite.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        goodFiles = TestSites.snapshot(goodSite);
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(TestSites.fixture("errors"))) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsTheMistakeAtItsPositionInBothLanguagesAndKeepsTheSite(String key, @TempDir Path work) {
        Path fixture = TestSites.fixture("errors/" + key);
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        if (Files.isDirectory(fixture.resolve("content"))) {
            TestSites.copy(fixture.resolve("content"), content);
        }
        deleteListed(fixture, content);
        linkListed(fixture, content, work);
        generateListed(fixture, content);
        makeUnreadable(fixture, content);
        Path templates = templates(fixture, work);
        Path out = TestSites.copy(goodSite, work.resolve("site"));
        Map<String, List<String>> expected = expected(fixture.resolve("expected.txt"));

        for (String lang : List.of("sv", "en")) {
            TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                    templates.toString(), "--out", out.toString(), "--date", "2026-11-24", "--lang", lang);
            assertEquals(1, run.exit(), () -> "exit code, output:\n" + run.out() + run.err());
            List<String> lines = run.errLines();
            assertFalse(lines.isEmpty());
            assertEquals(expected.get(lang), lines.subList(0, lines.size() - 1), "messages in " + lang);
            assertFalse(run.err().contains("Exception"), "no stack trace");
        }
        assertSnapshotsEqual(goodFiles, TestSites.snapshot(out));
    }

    /**
     * The real templates, read in place (a build never writes to them), or, for a fixture with
     * templates of its own or links into {@code templates/}, a copy in the work folder with the
     * fixture's laid over it.
     */
    private static Path templates(Path fixture, Path work) {
        boolean own = Files.isDirectory(fixture.resolve("templates"));
        if (!own && !Files.exists(fixture.resolve("links.txt"))) {
            return TestSites.templates();
        }
        Path templates = TestSites.copy(TestSites.templates(), work.resolve("templates"));
        if (own) {
            TestSites.copy(fixture.resolve("templates"), templates);
        }
        return templates;
    }

    private static void deleteListed(Path fixture, Path content) {
        Path list = fixture.resolve("delete.txt");
        if (!Files.exists(list)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Files.delete(content.resolve(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Symbolic links from {@code links.txt}: {@code files/x.pdf -> templates/assets/style.css}. */
    private static void linkListed(Path fixture, Path content, Path work) {
        for (String line : listed(fixture.resolve("links.txt"))) {
            String[] parts = line.split("->");
            if (parts.length != 2) {
                throw new IllegalArgumentException("links.txt: expected 'path -> target', got: " + line);
            }
            Path link = content.resolve(parts[0].strip());
            try {
                Files.createDirectories(link.getParent());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, work.resolve(parts[1].strip()).toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Files from {@code generate.txt}: {@code news/2026-11-20-x.md 8388609} writes that many bytes. */
    private static void generateListed(Path fixture, Path content) {
        for (String line : listed(fixture.resolve("generate.txt"))) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("generate.txt: expected 'path bytes', got: " + line);
            }
            Path file = content.resolve(parts[0]);
            byte[] text = "Lorem ipsum dolor sit amet.\n".getBytes(StandardCharsets.UTF_8);
            long size = Long.parseLong(parts[1]);
            try {
                Files.createDirectories(file.getParent());
                // A file the fixture's content/ already holds (its front matter) is added to.
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
                    for (long written = 0; written < size; written += text.length) {
                        out.write(text, 0, (int) Math.min(text.length, size - written));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Files from {@code unreadable.txt} lose every permission; the fixture is skipped if the user still reads them. */
    private static void makeUnreadable(Path fixture, Path content) {
        for (String line : listed(fixture.resolve("unreadable.txt"))) {
            Path file = content.resolve(line.strip());
            try {
                Files.setPosixFilePermissions(file, java.util.Set.of());
            } catch (IOException | UnsupportedOperationException e) {
                Assumptions.abort("cannot take the permissions of " + file + ": " + e);
            }
            Assumptions.assumeFalse(Files.isReadable(file), "this user (root?) reads a file of mode 000");
        }
    }

    /** The non-blank lines of an optional list file. */
    private static List<String> listed(Path list) {
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code # sv} and {@code # en} sections of expected lines. */
    static Map<String, List<String>> expected(Path file) {
        List<String> sv = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> current = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.equals("# sv")) {
                    current = sv;
                } else if (line.equals("# en")) {
                    current = en;
                } else if (!line.isBlank() && current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("sv", sv, "en", en);
    }

    static void assertSnapshotsEqual(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet(), "the same files");
        for (String path : before.keySet()) {
            assertTrue(Arrays.equals(before.get(path), after.get(path)), "unchanged: " + path);
        }
    }
}
