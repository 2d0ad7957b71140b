import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Writes a small content folder whose one page body is a pathological Markdown pattern of about
 * the given size, for timing a build against the Markdown bounds (issue 26, item 6):
 *
 * <pre>java bench/PathologicalMarkdown.java PATTERN BYTES OUT_DIR</pre>
 *
 * {@code java bench/PathologicalMarkdown.java list} names the patterns. Each is the worst
 * shape of its kind that the bounds accept when BYTES is under the file size limit, or that
 * they refuse above it; {@code bench/markdown-bounds.sh} times them all.
 */
public final class PathologicalMarkdown {

    /** Pattern name -> body of about n characters. */
    static final Map<String, IntFunction<String>> PATTERNS = new TreeMap<>(Map.ofEntries(
            Map.entry("plain", n -> repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n", n)),
            Map.entry("quotes-deep", n -> "> ".repeat(20) + "x\n" + repeat("x\n", n)),
            Map.entry("quotes-nested", n -> ">".repeat(n) + " x\n"),
            Map.entry("lists-nested", n -> repeat("- ", n) + "x\n"),
            Map.entry("emphasis-nested", n -> repeat("*a ", n / 2) + repeat("a* ", n / 2)),
            Map.entry("images-nested", n -> repeat("![", n / 2) + "a" + repeat("](b)", n / 2)),
            Map.entry("quotes-staircase", n -> staircase("> ", n)),
            Map.entry("lists-staircase", n -> staircase("  - ", n)),
            Map.entry("brackets", n -> repeat("[", n)),
            Map.entry("bracket-runs", n -> repeat("[".repeat(100) + " x\n", n)),
            Map.entry("link-openers", n -> repeat("[a](", n)),
            Map.entry("images", n -> repeat("![", n)),
            Map.entry("stars", n -> repeat("*a **", n)),
            Map.entry("star-runs", n -> repeat("*".repeat(100) + "a\n", n)),
            Map.entry("underscores", n -> repeat("_a __", n)),
            Map.entry("tildes", n -> repeat("~~a ", n)),
            Map.entry("reference-definitions", n -> repeat("[r]: https://example.org/\n", n) + "\n[r]\n"),
            Map.entry("reference-uses", n -> "[a]: https://example.org/\n\n" + repeat("[a] ", n)),
            Map.entry("headings", n -> repeat("# a\n", n)),
            Map.entry("html-blocks", n -> repeat("<div>\n\n", n)),
            Map.entry("html-inline", n -> repeat("<b>", n)),
            Map.entry("autolinks", n -> repeat("www.a.se ", n)),
            Map.entry("table-tall", n -> table(10, n)),
            Map.entry("tables-at-limit", n -> table(100, 2 * 100 * 2 + 2 * 199) + "\n" + repeat("Lorem ipsum dolor sit amet.\n", n - 1200)),
            Map.entry("html-at-limit", n -> "[a]: https://example.org/" + "x".repeat(2000) + "\n\n" + "[a] ".repeat(2100)
                    + repeat("Lorem ipsum dolor sit amet.\n", n - 12000)),
            Map.entry("table-wide-header-short-rows", n -> table(1000, n))));

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("list")) {
            PATTERNS.keySet().forEach(System.out::println);
            return;
        }
        if (args.length != 3 || !PATTERNS.containsKey(args[0])) {
            System.err.println("usage: java bench/PathologicalMarkdown.java PATTERN BYTES OUT_DIR (patterns: list)");
            System.exit(2);
        }
        String body = PATTERNS.get(args[0]).apply(Integer.parseInt(args[1]));
        Path out = Path.of(args[2]);
        write(out.resolve("site.yaml"), String.join("\n", List.of("title: Gränser", "baseUrl: https://example.org/",
                "language: sv", "timezone: Europe/Stockholm", "")));
        write(out.resolve("pages/monster.md"), "---\ntitle: Monster\n---\n" + body + "\n");
    }

    private static String repeat(String unit, int n) {
        return unit.repeat(Math.max(1, n / unit.length()));
    }

    /** Lines nested one level further each, restarting after 19 (with the indentation, 20 by the bounds' count): nesting on every line. */
    private static String staircase(String step, int n) {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; text.length() < n; depth = (depth + 1) % 19) {
            text.append(step.repeat(depth + 1)).append("x\n");
        }
        return text.toString();
    }

    /** A table with {@code columns} header cells and one-character rows, which GFM fills up to the header's width. */
    private static String table(int columns, int n) {
        StringBuilder text = new StringBuilder();
        text.append("|a".repeat(columns)).append("|\n").append("|-".repeat(columns)).append("|\n");
        while (text.length() < n) {
            text.append("x\n");
        }
        return text.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
