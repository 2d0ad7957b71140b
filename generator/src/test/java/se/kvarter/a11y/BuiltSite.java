package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import se.kvarter.TestSites;

/**
 * A site built for the accessibility tests, in a folder served as the web root: the example site
 * of the repository at {@code /}, the fixture with every page kind at {@code /kvarter/} (its base
 * URL's path), both as of the same day.
 *
 * @param root     the folder served as {@code /}
 * @param basePath the path of the site under the root, {@code /} or {@code /kvarter/}
 * @param pages    every page as a root-relative URL path ({@code /kvarter/platser/hubben/}), sorted
 */
record BuiltSite(String name, Path root, String basePath, List<String> pages) {

    static final String DATE = "2026-11-24";

    /** The example site of {@code content/}. */
    static BuiltSite example(Path work) {
        return build("example", TestSites.exampleContent(), work.resolve("example"), "/");
    }

    /** The fixture site {@code complete}: every page kind, a translation, closed places, a redirect. */
    static BuiltSite complete(Path work) {
        return build("complete", TestSites.fixture("sites/complete/content"), work.resolve("complete"), "/kvarter/");
    }

    /** Both sites. */
    static List<BuiltSite> both(Path work) {
        return List.of(example(work), complete(work));
    }

    private static BuiltSite build(String name, Path content, Path root, String basePath) {
        Path out = root.resolve(basePath.substring(1));
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", DATE, "--quiet");
        assertEquals(0, run.exit(), () -> name + " did not build:\n" + run.err());
        try (Stream<Path> files = Files.walk(out)) {
            List<String> pages = files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> basePath + out.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted()
                    .toList();
            return new BuiltSite(name, root, basePath, pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built file of a page path. */
    Path file(String page) {
        String relative = page.substring(1);
        return root.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
    }

    /**
     * The language of a page: that of the two-letter folder it is in ({@code /en/}, {@code /ar/}),
     * else Swedish, the default language of both sites. (Swedish folder names are longer words.)
     */
    String language(String page) {
        String local = page.substring(basePath.length());
        return local.matches("[a-z]{2}/.*") ? local.substring(0, 2) : "sv";
    }

    /** The home of the page's language: {@code /kvarter/} or {@code /kvarter/ar/}. */
    String home(String page) {
        String language = language(page);
        return basePath + (language.equals("sv") ? "" : language + "/");
    }

    /** Whether the page only sends the visitor on to another address (an alias of a moved place). */
    boolean isRedirect(String page) {
        try {
            return Files.readString(file(page)).contains("http-equiv=\"refresh\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
