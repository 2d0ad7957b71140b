package se.kvarter.content;

import java.util.Optional;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top)
 * and its body, remembering on which line of the file each starts.
 */
public final class FrontMatter {

    /** The two parts of a file: YAML starting on {@code yamlLine}, Markdown starting on {@code bodyLine}. */
    public record Parts(String yaml, int yamlLine, String body, int bodyLine) {
    }

    private FrontMatter() {
    }

    /** Splits {@code text} (LF line ends); reports a missing or unclosed front matter. */
    public static Optional<Parts> split(String file, String text, Problems problems) {
        if (!isFence(firstLine(text))) {
            problems.add(new Position(file, 1, 1), "front-matter.missing");
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
            if (isFence(current) || current.stripTrailing().equals("...")) {
                String yaml = text.substring(yamlStart, lineStart);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return Optional.of(new Parts(yaml, 2, body, line + 1));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.add(new Position(file, 1, 1), "front-matter.unclosed");
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
