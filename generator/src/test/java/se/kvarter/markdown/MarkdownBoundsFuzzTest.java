package se.kvarter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import se.kvarter.source.Position;

/**
 * Fuzz target of the Markdown bounds: a body, a fuzzed piece repeated up to the length limit so
 * that short inputs reach the bounds, either renders without an exception, as HTML of bounded
 * size and (without the author's own HTML) bounded nesting, or is refused with errors at
 * positions inside the body and nothing rendered. Never an exception. In {@code mvn verify} it
 * runs the seeds under {@code MarkdownBoundsFuzzTestInputs/}; {@code ContentFuzzTest} tells how
 * to fuzz for real.
 */
class MarkdownBoundsFuzzTest {

    private static final int FIRST_LINE = 4;
    /** Elements per level (a list item is {@code ul} and {@code li}) and the few a table or paragraph adds. */
    private static final int MAX_ELEMENT_DEPTH = 2 * MarkdownBounds.MAX_NESTING + 8;

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @FuzzTest(maxDuration = "30s")
    void anyBody(FuzzedDataProvider data) {
        boolean trusted = data.consumeBoolean();
        // Mostly short bodies, many runs a second; now and then one repeated up to the bounds.
        int times = data.consumeInt(0, 7) == 0 ? data.consumeInt(1, 5000) : 1;
        String piece = data.consumeRemainingAsString();
        String body = piece.repeat(Math.min(times, (MarkdownBounds.MAX_CHARACTERS + 10) / Math.max(1, piece.length())));
        List<Position> refused = new ArrayList<>();
        List<Position> reported = new ArrayList<>();
        LinkResolver links = new LinkResolver() {
            @Override
            public Optional<String> content(String scheme, String id, Position at) {
                reported.add(at);
                return Optional.empty();
            }

            @Override
            public Optional<String> file(String path, Position at) {
                reported.add(at);
                return Optional.empty();
            }

            @Override
            public void problem(String key, Position at, String value) {
                reported.add(at);
            }

            @Override
            public void beyondBound(String key, Position at, int limit, int found) {
                refused.add(at);
            }
        };
        String html = renderer.render(body, "pages/fuzz.md", FIRST_LINE, links, trusted);
        int lines = (int) body.chars().filter(c -> c == '\n').count() + 1;
        refused.forEach(at -> assertInside(at, lines));
        if (!refused.isEmpty()) {
            assertEquals("", html, "a refused body renders nothing");
            return;
        }
        reported.forEach(at -> assertInside(at, lines));
        // The sanitiser may add a little to the HTML the bound measured (closing tags it completes).
        assertTrue(html.length() <= 2 * MarkdownBounds.MAX_HTML, () -> "HTML of " + html.length() + " characters");
        if (body.indexOf('<') < 0) {
            int depth = depth(Jsoup.parseBodyFragment(html).body());
            assertTrue(depth <= MAX_ELEMENT_DEPTH, () -> "elements nested " + depth + " deep");
        }
    }

    private static void assertInside(Position at, int lines) {
        assertEquals("pages/fuzz.md", at.file());
        assertTrue(at.line() >= FIRST_LINE && at.line() < FIRST_LINE + lines, () -> "line of " + at);
        assertTrue(at.column() >= 1, () -> "column of " + at);
    }

    /** The deepest nesting of elements under {@code root}, walked without recursion. */
    private static int depth(Element root) {
        int deepest = 0;
        List<Element> level = List.of(root);
        while (!level.isEmpty()) {
            List<Element> next = new ArrayList<>();
            level.forEach(element -> next.addAll(element.children()));
            level = next;
            deepest = next.isEmpty() ? deepest : deepest + 1;
        }
        return deepest;
    }
}
