package se.kvarter.diff;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import se.kvarter.diff.SiteChanges.ChangedPage;
import se.kvarter.diff.SiteChanges.DataFile;
import se.kvarter.diff.SiteChanges.Page;

/**
 * Says {@link SiteChanges} to a reader in Swedish or English, as plain text for a terminal or
 * as Markdown for a comment on a pull request. Bounded, so that a change of a template that
 * touches every page stays readable: at most {@link #LINES_PER_PAGE} lines per page, at most
 * {@link #ITEMS_PER_LIST} pages or files per list, and of a long line (a paragraph) only the
 * part around what changed.
 */
public final class ChangeReport {

    /** How many changed lines of one page are shown. */
    public static final int LINES_PER_PAGE = 12;
    /** How many pages, or open-data files, of each list are shown. */
    public static final int ITEMS_PER_LIST = 50;
    /** How much of a long line is shown around what changed, before and after it. */
    private static final int CONTEXT = 60;

    private final ResourceBundle texts;
    private final Locale locale;
    private final boolean markdown;

    /**
     * @param language {@code en}, or Swedish for anything else
     * @param markdown Markdown (for GitHub) instead of plain text
     */
    public ChangeReport(String language, boolean markdown) {
        this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        this.texts = ResourceBundle.getBundle("se.kvarter.diff.report", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.markdown = markdown;
    }

    public void write(SiteChanges changes, PrintWriter out) {
        if (changes.isEmpty()) {
            out.println(text("none"));
            out.flush();
            return;
        }
        out.println(markdown ? "### " + text("title") : text("title"));
        if (!changes.changed().isEmpty()) {
            heading(out, text("changed", changes.changed().size()));
            for (ChangedPage page : changes.changed().stream().limit(ITEMS_PER_LIST).toList()) {
                item(out, page(page.page()));
                List<String> lines = page.lines().stream().limit(LINES_PER_PAGE).map(this::line).toList();
                lines.forEach(line -> subItem(out, line));
                if (page.lines().size() > LINES_PER_PAGE) {
                    subItem(out, escape(text("more-lines", page.lines().size() - LINES_PER_PAGE)));
                }
            }
            more(out, changes.changed().size());
        }
        pages(out, "added", changes.added());
        pages(out, "removed", changes.removed());
        if (!changes.openData().isEmpty()) {
            heading(out, text("open-data", changes.openData().size()));
            for (DataFile file : changes.openData().stream().limit(ITEMS_PER_LIST).toList()) {
                item(out, code(file.path()) + " (" + text("data." + file.change()) + ")");
            }
            more(out, changes.openData().size());
        }
        out.flush();
    }

    private void pages(PrintWriter out, String key, List<Page> pages) {
        if (!pages.isEmpty()) {
            heading(out, text(key, pages.size()));
            pages.stream().limit(ITEMS_PER_LIST).forEach(page -> item(out, page(page)));
            more(out, pages.size());
        }
    }

    private void more(PrintWriter out, int listed) {
        if (listed > ITEMS_PER_LIST) {
            item(out, escape(text("more-items", listed - ITEMS_PER_LIST)));
        }
    }

    private String page(Page page) {
        return markdown ? "**" + escape(page.name()) + "** " + code(page.path()) : page.name() + " – " + page.path();
    }

    /** "X blir Y", or the line with + when it is new and − when it is gone. */
    private String line(LineChange change) {
        String said;
        if (change.isReplacement()) {
            String before = change.before();
            String after = change.after();
            if (before.length() > 3 * CONTEXT || after.length() > 3 * CONTEXT) {
                int start = commonStart(before, after);
                int end = commonEnd(before, after, start);
                said = text("becomes", excerpt(before, start, before.length() - end),
                        excerpt(after, start, after.length() - end));
            } else {
                said = text("becomes", before, change.afterWithoutCommonStart());
            }
        } else {
            said = change.after() != null ? "+ " + excerpt(change.after(), 0, 0) : "− " + excerpt(change.before(), 0, 0);
        }
        return escape(said);
    }

    /** The part of {@code line} from CONTEXT before {@code from} to CONTEXT after {@code to}, marked with … where cut. */
    private static String excerpt(String line, int from, int to) {
        int start = Math.max(0, from - CONTEXT);
        int end = Math.min(line.length(), Math.max(to, from) + CONTEXT);
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The length of the common end of a and b, not reaching back into their common start. */
    private static int commonEnd(String a, String b, int start) {
        int n = 0;
        while (n < a.length() - start && n < b.length() - start
                && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private void heading(PrintWriter out, String heading) {
        out.println();
        out.println(markdown ? "**" + heading + "**" : heading + ":");
        if (markdown) {
            out.println();
        }
    }

    private void item(PrintWriter out, String item) {
        out.println(markdown ? "- " + item : "  " + item);
    }

    private void subItem(PrintWriter out, String item) {
        out.println(markdown ? "  - " + item : "    " + item);
    }

    private String code(String path) {
        return markdown ? "`" + path + "`" : path;
    }

    /** Page text read as text, not as Markdown or HTML, in a comment. */
    private String escape(String text) {
        if (!markdown) {
            return text;
        }
        // a + or - at the start of a list item would start a list of its own
        return text.replaceAll("([\\\\`*_\\[\\]<>#|~])", "\\\\$1").replaceFirst("^([+-])", "\\\\$1");
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
