package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    private YamlNode.Mapping read(String yaml, Problems problems) {
        return reader.readMapping("places/x.md", yaml, 2, problems).orElseThrow();
    }

    private static String text(YamlNode.Mapping mapping, String name) {
        return ((YamlNode.Scalar) mapping.find(name).orElseThrow().value()).value();
    }

    @Test
    void readsYaml12NoYesOnOffAsText() {
        YamlNode.Mapping mapping = read("hearingLoop: no\nanswer: yes\nlight: on\ndark: off\n", new Problems());
        assertEquals("no", text(mapping, "hearingLoop"));
        assertEquals("yes", text(mapping, "answer"));
        assertEquals("on", text(mapping, "light"));
        assertEquals("off", text(mapping, "dark"));
    }

    @Test
    void readsTimesAsTextNotAsSexagesimalNumbers() {
        YamlNode.Mapping mapping = read("time: 13:00\nother: 09:30-12:00\n", new Problems());
        assertEquals("13:00", text(mapping, "time"));
        assertEquals("09:30-12:00", text(mapping, "other"));
    }

    @Test
    void keepsLineAndColumnInTheFileAfterTheFrontMatterLine() {
        YamlNode.Mapping mapping = read("name: A\naddress:\n  street: Gatan 1\n", new Problems());
        YamlNode.Mapping address = (YamlNode.Mapping) mapping.find("address").orElseThrow().value();
        YamlNode.Entry street = address.find("street").orElseThrow();
        assertEquals(new Position("places/x.md", 4, 3), street.key().at());
        assertEquals(new Position("places/x.md", 4, 11), street.value().at());
    }

    @Test
    void reportsASyntaxErrorAtItsPositionInThePlainWords() {
        Problems problems = new Problems();
        reader.readMapping("places/x.md", "name: A\nsummary: Öppet: ibland\n", 2, problems);
        List<ContentError> errors = problems.sorted();
        assertEquals(1, errors.size());
        assertEquals("yaml.colon-in-value", errors.get(0).key());
        assertEquals(3, errors.get(0).at().line());
    }

    @Test
    void reportsADuplicateKeyWithTheLineOfTheFirst() {
        Problems problems = new Problems();
        reader.readMapping("site.yaml", "title: A\ntitle: B\n", 1, problems);
        ContentError error = problems.sorted().get(0);
        assertEquals("yaml.duplicate-key", error.key());
        assertEquals(new Position("site.yaml", 2, 1), error.at());
        assertEquals(List.of("title", "1"), error.args());
    }

    @Test
    void refusesAnAliasBombInsteadOfExpandingIt() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'k'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        Problems problems = new Problems();
        reader.readMapping("site.yaml", yaml.toString(), 1, problems);
        assertTrue(problems.sorted().stream().anyMatch(e -> e.key().equals("yaml.too-complex")), problems.sorted().toString());
    }

    @Test
    void aMissingFrontMatterEndIsReportedOnTheFirstLine() {
        Problems problems = new Problems();
        assertTrue(FrontMatter.split("places/x.md", "---\nname: A\n\nText\n", problems).isEmpty());
        assertEquals("front-matter.unclosed", problems.sorted().get(0).key());
    }

    @Test
    void splitsFrontMatterAndBodyAndKnowsWhereTheBodyStarts() {
        FrontMatter.Parts parts = FrontMatter.split("places/x.md", "---\nname: A\n---\nHej\n", new Problems()).orElseThrow();
        assertEquals("name: A\n", parts.yaml());
        assertEquals("Hej\n", parts.body());
        assertEquals(4, parts.bodyLine());
    }
}
