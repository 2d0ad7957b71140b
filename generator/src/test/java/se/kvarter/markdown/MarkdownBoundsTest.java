package se.kvarter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvarter.source.Position;

/** Each bound of {@link MarkdownBounds} at its limit (rendered) and one past it (reported, nothing rendered). */
class MarkdownBoundsTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final List<String> problems = new ArrayList<>();

    private final LinkResolver links = new LinkResolver() {
        @Override
        public Optional<String> content(String scheme, String id, Position at) {
            return Optional.empty();
        }

        @Override
        public Optional<String> file(String path, Position at) {
            return Optional.empty();
        }

        @Override
        public void problem(String key, Position at, String value) {
            problems.add(key + " at " + at);
        }

        @Override
        public void beyondBound(String key, Position at, int limit, int found) {
            problems.add(key + " " + limit + " " + found + " at " + at);
        }
    };

    private String render(String markdown) {
        return renderer.render(markdown, "pages/x.md", 4, links, false);
    }

    @Test
    void aBodyAtTheLengthLimitRendersAndOneCharacterMoreIsRefused() {
        String atLimit = "a".repeat(MarkdownBounds.MAX_CHARACTERS - 1) + "\n";
        assertTrue(render(atLimit).startsWith("<p>aaa"));
        assertEquals(List.of(), problems);
        assertEquals("", render(atLimit + "b"));
        assertEquals(List.of("markdown.too-long 500000 500001 at pages/x.md:4:1"), problems);
    }

    @Test
    void blockQuotesNestTwentyDeepButNotTwentyOne() {
        assertTrue(render("> ".repeat(20) + "x").contains("<blockquote>"));
        assertEquals(List.of(), problems);
        assertEquals("", render("Först.\n\n" + "> ".repeat(21) + "x"));
        assertEquals(List.of("markdown.too-deep 20 21 at pages/x.md:6:41"), problems);
    }

    @Test
    void nestedListsCountByTheirIndentation() {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 30; level++) {
            list.append("  ".repeat(level)).append("- x\n");
        }
        assertEquals("", render(list.toString()));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("markdown.too-deep 20 "), problems::toString);
    }

    @Test
    void emphasisNestedBeyondTheLimitIsFoundInTheParsedText() {
        assertTrue(render("*a ".repeat(20) + "b" + " a*".repeat(20)).contains("<em>"));
        assertEquals(List.of(), problems);
        assertEquals("", render("*a ".repeat(21) + "b" + " a*".repeat(21)));
        assertEquals(List.of("markdown.too-deep 20 21 at pages/x.md:4:61"), problems);
    }

    @Test
    void aRunOfOneHundredDelimitersIsKeptButNotOfOneHundredAndOne() {
        assertTrue(render("a" + "*".repeat(100)).startsWith("<p>"));
        assertEquals(List.of(), problems);
        render("Text\n\n" + "[".repeat(101));
        assertEquals(List.of("markdown.long-run 100 101 at pages/x.md:6:1"), problems);
    }

    @Test
    void tableCellsCountEveryRowAsWideAsTheHeader() {
        // 100 columns: the header row and 199 rows of one character make 20,000 cells.
        String header = "|a".repeat(100) + "|\n" + "|-".repeat(100) + "|\n";
        assertTrue(render(header + "x\n".repeat(199)).contains("<table>"));
        assertEquals(List.of(), problems);
        assertEquals("", render("Text\n\n" + header + "x\n".repeat(200)));
        assertEquals(List.of("markdown.too-many-cells 20000 20100 at pages/x.md:6:1"), problems);
    }

    @Test
    void aMillionCellsAreReportedNotThrownByTheParser() {
        // The parser's own limit (a million cells) threw an exception that read as a bug in kvarter.
        String header = "|a".repeat(5000) + "|\n" + "|-".repeat(5000) + "|\n";
        assertEquals("", render(header + "x\n".repeat(300)));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("markdown.too-many-cells"), problems::toString);
    }

    @Test
    void htmlPastItsLimitIsStoppedWhileItIsWritten() {
        String definition = "[a]: https://example.org/" + "x".repeat(2000) + "\n\n";
        assertTrue(render(definition + "[a] ".repeat(2000)).length() > 4_000_000);
        assertEquals(List.of(), problems);
        assertEquals("", render(definition + "[a] ".repeat(2500)));
        assertEquals(List.of("markdown.too-much-html 5000000 5000000 at pages/x.md:4:1"), problems);
    }
}
