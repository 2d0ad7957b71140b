package se.kvarter.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import se.kvarter.TestSites;
import se.kvarter.markdown.LinkResolver;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.output.OutputFile;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Any link target a communicator can write, in Markdown or as an {@code href}, is resolved or
 * reported with a position, never an exception: first by the Markdown renderer's link
 * resolution, then by the site check that follows every link of the built page.
 */
class LinkTargetsPropertiesTest {

    private static Path content;

    @BeforeContainer
    static void contentFolder() throws IOException {
        if (content != null && Files.isDirectory(content.resolve("pages"))) {
            return;
        }
        content = Files.createTempDirectory("kvarter-link-targets");
        Files.createDirectories(content.resolve("pages"));
    }

    @AfterContainer
    static void removeContentFolder() throws IOException {
        TestSites.deleteTree(content);
    }

    @Property(tries = 2000)
    void noLinkTargetMakesTheResolverThrow(@ForAll("targets") String target) {
        check(target);
    }

    @Example
    void aColonWrittenAsPercentThreeAIsReportedAtTheLink() {
        List<String> problems = check("kl%3A10");
        assertTrue(problems.contains("markdown.encoded-colon pages/om.md:6:4"), problems.toString());
    }

    /** Renders a page with the link as Markdown and as HTML, checks the page, and returns what was reported. */
    static List<String> check(String target) {
        List<String> problems = new ArrayList<>();
        LinkResolver links = new LinkResolver() {
            @Override
            public Optional<String> content(String scheme, String id, Position at) {
                problems.add("unknown " + scheme + " " + at);
                return Optional.empty();
            }

            @Override
            public Optional<String> file(String path, Position at) {
                problems.add("missing-file " + at);
                return Optional.empty();
            }

            @Override
            public void problem(String key, Position at, String value) {
                problems.add(key + " " + at);
            }
        };
        String markdown = "Se [länken](" + target + ") och <a href=\"" + target.replace("\"", "&quot;") + "\">den här</a>.\n";
        String body = new MarkdownRenderer().render(markdown, "pages/om.md", 6, links, true);
        try {
            Files.writeString(content.resolve("pages/om.md"), "---\ntitle: Om\n---\n\n\n" + markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckedPages checker = new CheckedPages(new SiteChecker("/", content));
        checker.inspect(OutputFile.text("om/index.html", "<!DOCTYPE html><html lang=\"sv\"><head><title>Om</title></head><body><main><h1>Om</h1>"
                + body + "</main></body></html>").from("pages/om.md"));
        checker.inspect(OutputFile.text("index.html", "<!DOCTYPE html><html lang=\"sv\"><head><title>Start</title></head><body><h1>Start</h1></body></html>"));
        for (ContentError error : checker.finish()) {
            problems.add(error.key() + " " + error.at());
        }
        return problems;
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> pieces = Arbitraries.of("%3A", "%3a", "%", "%2F", "%23", "%20", "%zz", ":", "/", "//", "#", "?", ".",
                "..", "./", " ", "\t", "\\", "kl", "10", "place:", "files/", "mailto:", "tel:", "http:", "https://", "javascript:",
                "[", "]", "(", ")", "<", ">", "\"", "'", "&", "=", "ö", "é", "\u202e", "\u0000", "x", "A", "-", "_", "~", "@");
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("", list));
    }
}
