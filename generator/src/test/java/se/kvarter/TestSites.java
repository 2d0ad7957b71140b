package se.kvarter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.kvarter.cli.KvarterCommand;
import se.kvarter.content.ContentLoader;
import se.kvarter.content.LoadedContent;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.Site;
import se.kvarter.source.Problems;
import se.kvarter.validate.ContentValidator;

/** Small helpers for tests: where fixtures are, copying folders, running the CLI in-process. */
public final class TestSites {

    private TestSites() {
    }

    /** The project root (where content/ and templates/ of the example site are). */
    public static Path root() {
        String configured = System.getProperty("kvarter.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    public static Path templates() {
        return root().resolve("templates");
    }

    public static Path exampleContent() {
        return root().resolve("content");
    }

    /** A folder under {@code src/test/resources/fixtures/}. */
    public static Path fixture(String relative) {
        return root().resolve("generator/src/test/resources/fixtures").resolve(relative);
    }

    /** Copies a folder tree into {@code to} (merging with what is there, files replaced). */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** What a run of the CLI printed and returned. */
    public record Run(int exit, String out, String err) {

        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs {@code kvarter args...} in this JVM with captured output. */
    public static Run kvarter(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KvarterCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds the example content with the real templates into {@code out} as of {@code date}, and requires it to succeed. */
    public static Path buildExample(Path out, String date) {
        return build(exampleContent(), out, date);
    }

    /** Builds {@code content} with the real templates into {@code out} as of {@code date}, and requires it to succeed. */
    public static Path build(Path content, Path out, String date) {
        Run run = kvarter("build", "--content", content.toString(), "--templates", templates().toString(),
                "--out", out.toString(), "--date", date, "--quiet");
        if (run.exit() != 0) {
            throw new AssertionError(content + " did not build (exit " + run.exit() + "): " + run.err());
        }
        return out;
    }

    /**
     * The model of {@code content} as of {@code date}, loaded and validated as a build does; the
     * content must be free of errors.
     */
    public static Site validated(Path content, LocalDate date) {
        Problems problems = new Problems();
        LoadedContent loaded = new ContentLoader().load(content, problems);
        Site site = new ContentValidator(new MarkdownRenderer()).validate(loaded,
                new ContentValidator.Options(null, date, Clock.systemUTC(), false), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(content + " has errors: " + problems.sorted());
        }
        return site;
    }

    /** Deletes {@code folder} and everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every file under {@code folder} with its bytes, by relative path, for comparing two outputs. */
    public static SortedMap<String, byte[]> snapshot(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
