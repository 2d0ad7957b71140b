package se.kvarter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.kvarter.markdown.LinkResolver;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.source.Position;

/**
 * Markdown of one news article of about 500 words (three headings, a bulleted and a numbered
 * list, links to a place and to the web, emphasis), as the build renders every body: parse,
 * resolve content links, shift headings, render and, when the author wrote HTML of their own,
 * sanitise. {@code rawHtml=true} adds one paragraph of HTML to the body, so that the sanitiser
 * runs, to show its share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MarkdownBenchmark {

    @Param({"false", "true"})
    public boolean rawHtml;

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final String plainBody = resource("news-body.md");
    private String body;

    @Setup
    public void body() {
        body = rawHtml ? plainBody + "\n<details><summary>Mer om lokalen</summary>Hiss finns.</details>\n" : plainBody;
    }
    private final LinkResolver links = new LinkResolver() {
        @Override
        public Optional<String> content(String scheme, String id, Position at) {
            return Optional.of("/" + (scheme.equals("place") ? "platser" : scheme) + "/" + id + "/");
        }

        @Override
        public Optional<String> file(String path, Position at) {
            return Optional.of("/" + path);
        }

        @Override
        public void problem(String key, Position at, String value) {
            throw new IllegalStateException(key + " " + value);
        }
    };

    @Benchmark
    public String renderNewsBody() {
        return renderer.render(body, "news/2024-05-02-bench.md", 8, links, false);
    }

    static String resource(String name) {
        try (InputStream in = MarkdownBenchmark.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
