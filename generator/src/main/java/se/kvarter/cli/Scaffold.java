package se.kvarter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.model.AccessFeature;

/**
 * The text {@code kvarter new} writes: a template from {@code scaffold/<kind>.md} with example
 * dates filled in, so that the examples lie ahead of the day it is written.
 */
final class Scaffold {

    /**
     * Weeks between the occurrences of the event template's example {@code repeat}. The example
     * {@code skip} is its second occurrence: a skip date that is no occurrence fails the build.
     */
    private static final int EXAMPLE_REPEAT_WEEKS = 2;

    /** Where the comments of the templates' lines start. */
    private static final int COMMENT_COLUMN = 38;

    private Scaffold() {
    }

    /**
     * The file for {@code kind} (place, event, news, page) whose example start is {@code start};
     * a news article's {@code date} is {@code date}, the date of its file name.
     */
    static String text(String kind, LocalDateTime start, LocalDate date) {
        String text = template(kind);
        text = text.replace("  {accessFeatures}\n", accessFeatures());
        text = fill(text, "{date}", date.toString());
        text = fill(text, "{datetime}", start.toString());
        return fill(text, "{skip}", start.toLocalDate().plusWeeks(EXAMPLE_REPEAT_WEEKS).toString());
    }

    /**
     * Replaces {@code placeholder} with {@code value} and takes the difference in length out of
     * the spaces after it, so that the comment that follows stays in the column of the others.
     */
    static String fill(String text, String placeholder, String value) {
        // The rest of the value ("]" after "[{skip}"), then the spaces before a comment.
        Matcher m = Pattern.compile(Pattern.quote(placeholder) + "(\\S*)( *)").matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String spaces = m.group(2);
            if (!spaces.isEmpty() && m.end() < text.length() && text.charAt(m.end()) == '#') {
                spaces = " ".repeat(Math.max(1, spaces.length() + placeholder.length() - value.length()));
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value + m.group(1) + spaces));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /**
     * A line per yes/no accessibility fact of the model, so that the place template offers each
     * one there is without being edited when one is added.
     */
    private static String accessFeatures() {
        StringBuilder lines = new StringBuilder();
        for (AccessFeature feature : AccessFeature.values()) {
            String field = "  " + feature.key() + ": unknown";
            lines.append(field).append(" ".repeat(Math.max(1, COMMENT_COLUMN - field.length())))
                    .append("# yes | no | unknown\n");
        }
        return lines.toString();
    }

    private static String template(String kind) {
        try (InputStream in = Scaffold.class.getResourceAsStream("scaffold/" + kind + ".md")) {
            if (in == null) {
                throw new IllegalStateException("missing scaffold " + kind);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
