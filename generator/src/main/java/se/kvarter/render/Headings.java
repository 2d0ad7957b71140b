package se.kvarter.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves the headings of a rendered body one level down, for pages that put the body in a
 * section under its own {@code h2}: the body's {@code h2} becomes {@code h3}, and so on
 * ({@code h6} stays). The body is sanitised HTML, so its heading tags are plain.
 */
final class Headings {

    private static final Pattern TAG = Pattern.compile("<(/?)h([2-6])(?=[\\s>])");

    private Headings() {
    }

    static String demote(String html) {
        Matcher tag = TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 16);
        while (tag.find()) {
            int level = Math.min(6, Integer.parseInt(tag.group(2)) + 1);
            tag.appendReplacement(out, "<" + tag.group(1) + "h" + level);
        }
        tag.appendTail(out);
        return out.toString();
    }
}
