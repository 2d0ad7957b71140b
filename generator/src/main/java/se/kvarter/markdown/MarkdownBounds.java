package se.kvarter.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The limits a Markdown body must keep before it is parsed, so that no body accepted under the
 * file size limit costs more than a few seconds and a few hundred megabytes to build: its
 * length, how deep block quotes and lists nest, how long one run of a delimiter character is,
 * and how many cells its tables make. Tables are the one shape that grows faster than the text:
 * GFM fills every row up to the header's width, so a wide header over rows of one character
 * each makes millions of cells from a few kilobytes (bench/RESULTS.md, "Markdown bounds").
 *
 * <p>The scan is one pass over the lines and reads the text only roughly as CommonMark does:
 * it may count a level or a cell too many in odd text, never too few for what it bounds.
 * {@link MarkdownRenderer} checks the nesting of the parsed document too (emphasis and links
 * nest without a line prefix) and the size of the HTML it writes.
 */
public final class MarkdownBounds {

    /** Characters of one body: some 70,000 words, far more than any page of the site needs. */
    public static final int MAX_CHARACTERS = 500_000;
    /** Levels of block quotes, list items, emphasis and links inside each other. */
    public static final int MAX_NESTING = 20;
    /** One character of {@link #DELIMITERS} repeated without a break. */
    public static final int MAX_RUN = 100;
    /** Cells of all the tables of one body, counted as GFM makes them (every row as wide as the header). */
    public static final int MAX_TABLE_CELLS = 20_000;
    /** Characters of the HTML one body becomes: ten times the longest text. */
    public static final int MAX_HTML = 10 * MAX_CHARACTERS;

    /** The characters whose runs CommonMark matches as openers and closers. */
    private static final String DELIMITERS = "*_~[]`";
    /**
     * A GFM table's delimiter row: {@code |---|:--:|}, with or without the outer pipes.
     * Possessive throughout, so that a long row that fails at its end is not tried again and
     * again (two spans of spaces side by side made it quadratic).
     */
    private static final Pattern TABLE_DELIMITER_ROW =
            Pattern.compile("\\|?+\\s*+:?+-++:?+\\s*+(?:\\|\\s*+:?+-++:?+\\s*+)*+\\|?+\\s*+");

    /**
     * One limit exceeded: the message key, where (0-based line and column of the body) and the
     * limit and what was found, in that order, for the message.
     */
    public record Excess(String key, int line, int column, int limit, int found) {
    }

    private MarkdownBounds() {
    }

    /** The limits {@code body} exceeds, the first place of each kind; empty when it keeps them all. */
    public static List<Excess> check(String body) {
        if (body.length() > MAX_CHARACTERS) {
            // Nothing else is worth scanning: the text must be split anyway.
            return List.of(new Excess("markdown.too-long", 0, 0, MAX_CHARACTERS, body.length()));
        }
        List<Excess> found = new ArrayList<>();
        // lines as offsets into the body rather than as strings: the bodies of a city's news are
        // long, and only a table's lines are ever needed as text
        List<int[]> lines = lines(body);
        boolean pipes = body.indexOf('|') >= 0;
        Excess nesting = null;
        Excess run = longRun(body);
        Excess cells = null;
        int tableCells = 0;
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i)[0];
            int end = lines.get(i)[1];
            if (nesting == null) {
                int[] depth = containerDepth(body, start, end);
                if (depth[0] > MAX_NESTING) {
                    nesting = new Excess("markdown.too-deep", i, depth[1], MAX_NESTING, depth[0]);
                }
            }
            if (pipes && i + 1 < lines.size() && isTableStart(line(body, lines, i), line(body, lines, i + 1))) {
                int rows = 1;
                while (i + 1 + rows < lines.size() && !line(body, lines, i + 1 + rows).isBlank()) {
                    rows++;
                }
                tableCells += rows * columns(line(body, lines, i + 1));
                if (cells == null && tableCells > MAX_TABLE_CELLS) {
                    cells = new Excess("markdown.too-many-cells", i, 0, MAX_TABLE_CELLS, tableCells);
                }
                i += rows;
            }
        }
        for (Excess excess : new Excess[] {nesting, run, cells}) {
            if (excess != null) {
                found.add(excess);
            }
        }
        return found;
    }

    /** Where each line of {@code body} starts and ends (before its {@code \n}), as {@code String.split} would cut it. */
    private static List<int[]> lines(String body) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int end = body.indexOf('\n'); end >= 0; end = body.indexOf('\n', start)) {
            lines.add(new int[] {start, end});
            start = end + 1;
        }
        lines.add(new int[] {start, body.length()});
        return lines;
    }

    private static String line(String body, List<int[]> lines, int i) {
        return body.substring(lines.get(i)[0], lines.get(i)[1]);
    }

    /**
     * How many block quotes and list items a line opens or continues, as its prefix of
     * {@code >} and list markers shows, counting two columns of indentation before a marker as
     * one more level (a nested list item is indented by its parent's width); and the 0-based
     * column where the level past {@link #MAX_NESTING} begins.
     */
    private static int[] containerDepth(String text, int start, int end) {
        int depth = 0;
        int at = -1;
        int i = start;
        boolean first = true;
        while (true) {
            int indent = 0;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                indent += text.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            int marker = markerLength(text, i, end);
            if (marker == 0) {
                return new int[] {depth, Math.max(at, 0)};
            }
            depth += 1 + (first ? indent / 2 : 0);
            first = false;
            if (depth > MAX_NESTING && at < 0) {
                at = i - start;
            }
            i += marker;
        }
    }

    /** The length of a block quote or list marker at {@code i}, 0 when there is none. */
    private static int markerLength(String text, int i, int lineEnd) {
        if (i >= lineEnd) {
            return 0;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return 1;
        }
        int end = i;
        if (c == '-' || c == '+' || c == '*') {
            end = i + 1;
        } else {
            while (end < lineEnd && end - i < 9 && Character.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == i || end >= lineEnd || (text.charAt(end) != '.' && text.charAt(end) != ')')) {
                return 0;
            }
            end++;
        }
        boolean spaced = end == lineEnd || text.charAt(end) == ' ' || text.charAt(end) == '\t';
        return spaced ? end - i : 0;
    }

    /**
     * The first run of one delimiter character longer than {@link #MAX_RUN} in the body, or null.
     * Such a run covers one of every {@code MAX_RUN + 1} consecutive characters, so looking at
     * those characters alone, and around the ones that are delimiters, finds every such run, and
     * the first one first: the bodies of a city's news are long, and nearly all of their
     * characters are never looked at.
     */
    private static Excess longRun(String body) {
        int first = -1;
        int end = -1;
        for (int probe = MAX_RUN; probe < body.length() && first < 0; probe += MAX_RUN + 1) {
            char c = body.charAt(probe);
            if (DELIMITERS.indexOf(c) < 0) {
                continue;
            }
            int start = probe;
            while (start > 0 && body.charAt(start - 1) == c) {
                start--;
            }
            int stop = probe + 1;
            while (stop < body.length() && body.charAt(stop) == c) {
                stop++;
            }
            if (stop - start > MAX_RUN) {
                first = start;
                end = stop;
            }
        }
        if (first < 0) {
            return null;
        }
        int lineStart = body.lastIndexOf('\n', first) + 1;
        int line = 0;
        for (int i = body.indexOf('\n'); i >= 0 && i < first; i = body.indexOf('\n', i + 1)) {
            line++;
        }
        return new Excess("markdown.long-run", line, first - lineStart, MAX_RUN, end - first);
    }

    /** Whether a table starts here: a line with a pipe over a delimiter row (as in a quote or list too). */
    private static boolean isTableStart(String line, String next) {
        return line.indexOf('|') >= 0 && next.indexOf('-') >= 0 && TABLE_DELIMITER_ROW.matcher(stripPrefix(next)).matches();
    }

    /** The columns of a delimiter row: its cells between pipes. */
    private static int columns(String delimiterRow) {
        String row = stripPrefix(delimiterRow).strip();
        if (row.startsWith("|")) {
            row = row.substring(1);
        }
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        int columns = 1;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '|') {
                columns++;
            }
        }
        return columns;
    }

    /** The line without the block quote markers and indentation in front of it. */
    private static String stripPrefix(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '>')) {
            i++;
        }
        return line.substring(i);
    }
}
