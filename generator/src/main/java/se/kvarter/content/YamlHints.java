package se.kvarter.content;

import java.util.Optional;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Finds the real cause of two YAML mistakes that the parser notices only later, at a place
 * that misleads: indentation with a non-breaking space (pasted from a word processor), which
 * the parser reads as text and then complains about a colon, and a quote left open with
 * another quote further down, which closes it there and leaves the parser puzzled by the
 * indentation of that later line.
 */
final class YamlHints {

    /** Spaces that look like a space but are not one to YAML. */
    private static final String LOOKALIKE_SPACES = "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            + "\u2009\u200A\u202F\u205F\u3000";

    private YamlHints() {
    }

    /** The first line indented with a space that is not one, at that character. */
    static Optional<ContentError> lookalikeIndentation(String file, String text, int firstLine) {
        int line = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (LOOKALIKE_SPACES.indexOf(c) >= 0) {
                    return Optional.of(ContentError.of(new Position(file, firstLine + line, i - start + 1),
                            "yaml.lookalike-space", String.format("U+%04X", (int) c)));
                }
                if (c != ' ') {
                    break;
                }
            }
            line++;
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The quote that opens a value and is not closed on its line, on a line before
     * {@code beforeLine} (0-based in {@code text}); for a parse that failed there.
     */
    static Optional<Position> openQuote(String file, String text, int firstLine, int beforeLine) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < Math.min(beforeLine, lines.length); i++) {
            String line = lines[i];
            int value = valueStart(line);
            if (value < 0 || value >= line.length()) {
                continue;
            }
            char quote = line.charAt(value);
            if ((quote == '"' || quote == '\'') && !closes(line, value + 1, quote)) {
                return Optional.of(new Position(file, firstLine + i, value + 1));
            }
        }
        return Optional.empty();
    }

    /** Where the value of a {@code key: value} or {@code - value} line starts; -1 when there is none. */
    private static int valueStart(String line) {
        String stripped = line.stripLeading();
        int indent = line.length() - stripped.length();
        if (stripped.startsWith("- ")) {
            return indent + 2 + (stripped.length() - 2 - stripped.substring(2).stripLeading().length());
        }
        int colon = line.indexOf(": ");
        if (colon < 0 || line.startsWith("#", indent) || line.charAt(indent) == '"' || line.charAt(indent) == '\'') {
            return -1;
        }
        int value = colon + 2;
        while (value < line.length() && line.charAt(value) == ' ') {
            value++;
        }
        return value;
    }

    /** Whether the quoted text from {@code from} ends on the same line ({@code \"} and {@code ''} do not end it). */
    private static boolean closes(String line, int from, char quote) {
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
