package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A body read straight from its HTML ({@link BodyText#latin1Text}, the search index's way for
 * Latin-1 text) gives the words, in order, that its text read the general way gives; a body it
 * cannot read that way it says so of.
 */
class BodyTextPropertyTest {

    private static List<String> general(String language, String html) {
        try (SearchWords words = new SearchWords(language)) {
            return words.words(BodyText.of(html).toString());
        }
    }

    private static List<String> straight(String language, String html) {
        char[] text = new char[html.length()];
        int length = BodyText.latin1Text(html, text);
        if (length < 0) {
            return null;
        }
        List<String> found = new ArrayList<>();
        try (SearchWords words = new SearchWords(language)) {
            words.cutLatin1(text, length, (lower, start, end, hash) -> {
                String word = new String(lower, start, end - start);
                assertEquals(word.hashCode(), hash, word);
                found.add(word);
            });
        }
        return found;
    }

    @Property(tries = 600)
    void readStraightTheWordsAreThoseOfTheText(@ForAll("bodies") String html, @ForAll("languages") String language) {
        List<String> straight = straight(language, html);
        if (straight != null) {
            assertEquals(general(language, html), straight, html);
        }
    }

    @Property(tries = 200)
    void plainParagraphsAreReadStraight(@ForAll("plain") String html) {
        assertEquals(general("sv", html), straight("sv", html), html);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("sv", "en", "tr", "ar");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aZåÄöÉßµ×İı1 \n-–.'\"").ofMaxLength(30);
        Arbitrary<String> markup = Arbitraries.of("<p>", "</p>", "<em>", "</em>", "<br>", "<a href=\"/x?a=1&amp;b\" title=\"a > b\">",
                "</a>", "<H2 id='x'>", "</h2>", "<li>", "<Strong>", "</STRONG>", "<img alt=\"ö\" src=\"/f.png\">", "&amp;",
                "&lt;", "<!-- c -->", "<script>x()</script>", "<title>t</title>", "<ém>", "<", "<p", "<td>", "<kbd>");
        return Arbitraries.oneOf(text, markup).list().ofMaxSize(14).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> plain() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aZåÄöÉ1 -.,").ofMaxLength(40);
        Arbitrary<String> markup = Arbitraries.of("<p>", "</p>", "<em>", "</em>", "<h2 id=\"rubrik\">", "</h2>", "<ul>",
                "<li>", "</li>", "</ul>", "<a href=\"/platser/\">", "</a>");
        return Arbitraries.oneOf(text, markup).list().ofMaxSize(14).map(pieces -> String.join("", pieces));
    }
}
