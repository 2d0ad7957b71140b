package se.kvarter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A city-sized site for tests: the content that {@code bench/GenerateContent.java} writes (run as
 * the single-file program it is, with this JDK's {@code java} launcher, so that the benchmark and
 * the tests share one generator) and the site kvarter builds from it, as of {@link #DATE}.
 * outputs.md's "A city's size" names the size: 300 places, 100 events, 2,000 news articles.
 *
 * @param content the generated content folder
 * @param site    the built site
 */
public record CitySite(Path content, Path site) {

    /** The reference date of the content and of the build, so that "open today" and events stay put. */
    public static final String DATE = "2026-06-15";

    /**
     * Generates the content into {@code work/content} and builds it into {@code work/site}. Classes
     * that only read the site share one per run through {@link SharedCity}.
     */
    public static CitySite build(Path work) {
        Path content = work.resolve("content");
        generate(content, "--places", "300", "--news", "2000", "--events", "100", "--seed", "42", "--date", DATE);
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", DATE, "--quiet");
        if (run.exit() != 0) {
            throw new IllegalStateException("the city-size site did not build:\n" + run.err());
        }
        return new CitySite(content, site);
    }

    /** Runs the benchmark's content generator with {@code options} and {@code --out content}. */
    public static void generate(Path content, String... options) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path program = TestSites.root().resolve("bench/GenerateContent.java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), program.toString()));
        command.addAll(List.of(options));
        command.addAll(List.of("--out", content.toString()));
        try {
            Path log = Files.createTempFile("kvarter-generate-", ".log");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                // a generous bound only so that a hung launcher fails the run instead of stalling it
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("GenerateContent did not finish");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("GenerateContent failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
                }
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
