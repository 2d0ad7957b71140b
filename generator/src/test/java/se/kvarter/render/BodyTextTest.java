package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The words of a body read without jsoup are the words jsoup's text gives. */
class BodyTextTest {

    private static List<String> words(String text) {
        try (SearchWords sv = new SearchWords("sv")) {
            return sv.words(text);
        }
    }

    @Test
    void givesTheWordsJsoupGives() {
        for (String html : List.of(
                "<p>Öppet <em>för</em> alla</p><p>Välkommen</p>",
                "<h2 id=\"a\">Rubrik</h2>\n<ul>\n<li>ett</li><li>två</li>\n</ul>",
                "<p>rad<br>ny rad &amp; mer &lt;3 &#8211; &quot;citat&quot;</p>",
                "<p><a href=\"/platser/?a=1&amp;b=2\" title=\"x > y\">länk</a>text</p>",
                "<table><tr><td>cell</td><td>nästa</td></tr></table><p>sist</p>",
                "<p>före<!-- en kommentar -->efter</p><script>ingen()</script>")) {
            assertEquals(words(Jsoup.parse(html).text()), words(BodyText.of(html)), html);
        }
    }
}
