package se.kvarter.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link MarkdownBounds} finds a long run of a delimiter by looking at every 101st character only:
 * it must report the same first run, at the same line and column and of the same length, as a
 * look at every character does, wherever runs of any length start and end.
 */
class MarkdownRunsPropertyTest {

    @Property(tries = 400)
    void theFirstLongRunIsTheOneEveryCharacterShows(@ForAll("bodies") String body) {
        Optional<MarkdownBounds.Excess> found = MarkdownBounds.check(body).stream()
                .filter(excess -> excess.key().equals("markdown.long-run")).findFirst();
        assertEquals(everyCharacter(body), found.map(e -> List.of(e.line(), e.column(), e.found())));
    }

    /** Bodies of pieces: words, line breaks and runs of delimiters around the limit. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> run = Combinators.combine(Arbitraries.of('*', '_', '~', '[', ']', '`'),
                Arbitraries.integers().between(1, 2 * MarkdownBounds.MAX_RUN + 5)).as((c, n) -> String.valueOf(c).repeat(n));
        Arbitrary<String> words = Arbitraries.strings().withChars("ab \n").ofMinLength(1).ofMaxLength(120);
        return Arbitraries.oneOf(run, words).list().ofMaxSize(12).map(pieces -> String.join("", pieces));
    }

    /** Line, column and length of the first run longer than the limit, looking at every character. */
    private static Optional<List<Integer>> everyCharacter(String body) {
        int line = 0;
        int column = 0;
        for (int i = 0; i < body.length(); ) {
            char c = body.charAt(i);
            int end = i;
            while (end < body.length() && body.charAt(end) == c) {
                end++;
            }
            if ("*_~[]`".indexOf(c) >= 0 && end - i > MarkdownBounds.MAX_RUN) {
                return Optional.of(List.of(line, column, end - i));
            }
            for (int k = i; k < end; k++) {
                if (body.charAt(k) == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
            i = end;
        }
        return Optional.empty();
    }
}
