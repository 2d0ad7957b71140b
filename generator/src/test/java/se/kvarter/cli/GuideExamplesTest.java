package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvarter.TestSites;

/**
 * The YAML examples of the communicators' guides build: every example of a place, its hours or
 * exceptions, an event or a news article in {@code docs/innehallsguide.md} and
 * {@code docs/redaktorsguide.md} becomes a file of its own (a part of a place is put into a
 * place around it, a part of an event into an event) laid over the example site, and
 * {@code kvarter check} passes with them. Each guide shows every hours pattern that way: a
 * guide that lost an example of one fails here, as does one whose example no longer builds.
 */
class GuideExamplesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    /** What a place around a part of one needs to build. */
    private static final String PLACE = """
            name: Exempelplatsen
            type: meeting-place
            organization: goteborgs-stadsmission
            summary: En plats från guiden.
            address: { city: Göteborg, area: Centrum }
            contact: { email: plats@example.se }
            """;

    /** What an event around a part of one needs to build. */
    private static final String EVENT = """
            title: Exempelträffen
            place: mellanrummet
            """;

    /** The patterns of the hours every guide shows as an example that builds, as written in it. */
    private static final List<Pattern> PATTERNS = Stream.of(
            "period: \\{ from: \\d{4}-\\d{2}-\\d{2} \\}", // new hours from a date, no end
            "days: we[^\n]*\n\\s+time: [^\n]+\n\\s+every: 2 weeks\n\\s+from: \\d{4}", // every other Wednesday from a date
            "days: sa[^\n]*\n\\s+nth: \\[1, 3\\]", // first and third Saturday
            "days: fr[^\n]*\n\\s+nth: \\[?-1", // last Friday
            "holidays: unknown",
            "repeat: \\{ every: 1 months, nth: 1, days: sa", // an event on the first Saturday of the month
            "repeat: \\{ every: 1 weeks, days: \\[mo, we\\]") // an event on several weekdays a week
            .map(Pattern::compile).toList();

    @TempDir
    Path work;

    /** One example: where it is in the guide, and the file it becomes. */
    private record Example(int line, String path, String text) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"innehallsguide.md", "redaktorsguide.md"})
    void everyExampleBuildsAndEveryPatternHasOne(String guide) throws IOException {
        String text = Files.readString(TestSites.root().resolve("docs").resolve(guide));
        List<Example> examples = examples(text);
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        for (Example example : examples) {
            Path file = content.resolve(example.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, example.text());
        }
        TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--date", "2026-11-24", "--lang", "en");
        List<String> lines = examples.stream().map(e -> e.path() + " is the example at line " + e.line()).toList();
        assertEquals(0, run.exit(), () -> String.join("\n", lines) + "\n" + run.err() + run.out());
        assertTrue(run.err().lines().noneMatch(line -> line.contains("/guide-") && !line.contains("Notice (not an error)")),
                run.err());
        String built = String.join("\n", examples.stream().map(Example::text).toList());
        for (Pattern pattern : PATTERNS) {
            assertTrue(pattern.matcher(built).find(), guide + " has no example that builds of " + pattern);
        }
    }

    /** The examples of a guide that are content files or parts of one; other YAML (site.yaml, services.yaml) is left out. */
    private static List<Example> examples(String guide) {
        List<Example> examples = new ArrayList<>();
        Matcher block = YAML_BLOCK.matcher(guide);
        while (block.find()) {
            int line = (int) guide.substring(0, block.start()).chars().filter(c -> c == '\n').count() + 1;
            String yaml = block.group(1);
            String name = "guide-" + line;
            if (yaml.startsWith("---\n")) {
                if (yaml.contains("\nstart:")) {
                    examples.add(new Example(line, "events/" + name + ".md", yaml));
                } else if (yaml.contains("\nname:")) {
                    examples.add(new Example(line, "places/" + name + ".md", yaml));
                } else {
                    Matcher date = Pattern.compile("\ndate: (\\d{4}-\\d{2}-\\d{2})").matcher(yaml);
                    if (date.find()) {
                        examples.add(new Example(line, "news/" + date.group(1) + "-" + name + ".md", yaml));
                    }
                }
            } else if (yaml.startsWith("start:")) {
                examples.add(new Example(line, "events/" + name + ".md", "---\n" + EVENT + yaml + "---\n"));
            } else if (yaml.startsWith("hours:") || yaml.startsWith("exceptions:") || yaml.startsWith("lastChecked:")) {
                examples.add(new Example(line, "places/" + name + ".md", "---\n" + PLACE + yaml + "---\n"));
            } else if (yaml.startsWith("  - days:")) {
                examples.add(new Example(line, "places/" + name + ".md", "---\n" + PLACE + "hours:\n" + yaml + "---\n"));
            }
        }
        return examples;
    }
}
