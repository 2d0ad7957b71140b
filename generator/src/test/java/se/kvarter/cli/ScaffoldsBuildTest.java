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
import org.junit.jupiter.params.provider.CsvSource;
import se.kvarter.TestSites;

/**
 * Keeps the scaffolds of {@code kvarter new} in step with the validator: a scaffold with every
 * commented field taken into use must build against the example content without errors, so that
 * a communicator who uncomments an example never meets an error the example caused.
 */
class ScaffoldsBuildTest {

    /** A commented field or list item: {@code # name:}, {@code #   - days:}, {@code   # steps:}. */
    private static final Pattern COMMENTED_FIELD = Pattern.compile("(\\s*)# (\\s*(- )?[A-Za-z]+:.*)");

    /**
     * @param kind   what {@code new} makes
     * @param choice where the scaffold offers alternatives, which one: an event is either at one of
     *               the site's places ({@code place:}) or somewhere else ({@code location:})
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"place, -", "event, place", "event, location", "news, -", "page, -"})
    void everyFieldUncommentedBuilds(String kind, String choice, @TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        assertEquals(0, TestSites.kvarter("new", kind, "alla-falt", "--content", content.toString()).exit());
        Path file = written(content, kind);
        String text = uncommented(Files.readString(file));
        if (choice.equals("place")) {
            text = withoutBlock(text, "location:");
        } else if (choice.equals("location")) {
            text = text.replaceFirst("(?m)^place: .*\\n", "");
        }
        Files.writeString(file, text);
        // The examples name files the communicator adds; an empty file is enough for the build.
        for (String attachment : List.of("files/bild.jpg", "files/entre.jpg", "files/protokoll.pdf")) {
            Files.createDirectories(content.resolve(attachment).getParent());
            Files.write(content.resolve(attachment), new byte[0]);
        }

        TestSites.Run build = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", work.resolve("out").toString(), "--drafts");
        assertEquals(0, build.exit(), text + "\n" + build.err());
        assertTrue(onlyExplanations(text), "a field left commented:\n" + text);
    }

    private static Path written(Path content, String kind) throws IOException {
        String folder = kind.equals("news") ? "news" : kind + "s";
        try (Stream<Path> files = Files.list(content.resolve(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith("alla-falt.md")).findFirst().orElseThrow();
        }
    }

    /** The text with every commented field line in the front matter taken into use. */
    private static String uncommented(String text) {
        List<String> lines = new ArrayList<>();
        int fences = 0;
        for (String line : text.split("\n", -1)) {
            if (line.equals("---")) {
                fences++;
            }
            Matcher m = COMMENTED_FIELD.matcher(line);
            lines.add(fences == 1 && m.matches() ? m.group(1) + m.group(2) : line);
        }
        return String.join("\n", lines);
    }

    /** The text without the top-level field {@code key} and the lines indented under it. */
    private static String withoutBlock(String text, String key) {
        List<String> lines = new ArrayList<>();
        boolean inBlock = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(key)) {
                inBlock = true;
            } else if (inBlock && !line.startsWith(" ")) {
                inBlock = false;
            }
            if (!inBlock) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether the comment lines still at the start of a line explain rather than hold a field. */
    private static boolean onlyExplanations(String text) {
        return text.lines().filter(l -> l.startsWith("# ")).noneMatch(l -> COMMENTED_FIELD.matcher(l).matches());
    }
}
