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
 * as Markdown for a comment on a pull request. At most {@link #LINES_PER_PAGE} lines per page:
 * a page rewritten from top to bottom is named, not reprinted.
 */
public final class ChangeReport {

    /** How many changed lines of one page are shown. */
    public static final int LINES_PER_PAGE = 12;

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
            for (ChangedPage page : changes.changed()) {
                item(out, page(page.page()));
                List<String> lines = page.lines().stream().limit(LINES_PER_PAGE).map(this::line).toList();
                lines.forEach(line -> subItem(out, line));
                if (page.lines().size() > LINES_PER_PAGE) {
                    subItem(out, escape(text("more-lines", page.lines().size() - LINES_PER_PAGE)));
                }
            }
        }
        pages(out, "added", changes.added());
        pages(out, "removed", changes.removed());
        if (!changes.openData().isEmpty()) {
            heading(out, text("open-data", changes.openData().size()));
            for (DataFile file : changes.openData()) {
                item(out, code(file.path()) + " (" + text("data." + file.change()) + ")");
            }
        }
        out.flush();
    }

    private void pages(PrintWriter out, String key, List<Page> pages) {
        if (!pages.isEmpty()) {
            heading(out, text(key, pages.size()));
            pages.forEach(page -> item(out, page(page)));
        }
    }

    private String page(Page page) {
        return markdown ? "**" + escape(page.name()) + "** " + code(page.path()) : page.name() + " – " + page.path();
    }

    /** "X blir Y", or the line with + when it is new and − when it is gone. */
    private String line(LineChange change) {
        String said;
        if (change.isReplacement()) {
            said = text("becomes", change.before(), change.afterWithoutCommonStart());
        } else {
            said = change.after() != null ? "+ " + change.after() : "− " + change.before();
        }
        return escape(said);
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
