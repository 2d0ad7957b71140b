package se.kvarter.diff;

import java.util.List;

/**
 * What changes for residents from one built site to another. Each list has the pages in the
 * site's own language (that of its front page) first, then the translations, each by path.
 *
 * @param added    pages only the new site has
 * @param removed  pages only the old site has
 * @param changed  pages whose visible text changed
 * @param openData open-data files added, removed or changed
 */
public record SiteChanges(List<Page> added, List<Page> removed, List<ChangedPage> changed, List<DataFile> openData) {

    /**
     * A page by its address in the site ({@code platser/kallaren/}), its {@code <h1>} and
     * whether it is a translation (in another language than the site's front page).
     */
    public record Page(String path, String name, boolean translation) {
    }

    /** A page whose visible text changed, with the lines that changed in page order. */
    public record ChangedPage(Page page, List<LineChange> lines) {
    }

    /** How an open-data file changed. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** An open-data file by its path in the site. */
    public record DataFile(String path, Change change) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && openData.isEmpty();
    }
}
