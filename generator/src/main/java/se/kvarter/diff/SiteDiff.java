package se.kvarter.diff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.kvarter.diff.SiteChanges.Change;
import se.kvarter.diff.SiteChanges.ChangedPage;
import se.kvarter.diff.SiteChanges.DataFile;
import se.kvarter.diff.SiteChanges.Page;

/**
 * Compares two built sites, file by file. Pages ({@code .html}) count by their visible text;
 * open data (the API, calendars, the DCAT catalogue, feeds) by their bytes. Everything else
 * (styles, scripts, images, the search index, the sitemap) is how the site works, not what it
 * says, and is left out.
 */
public final class SiteDiff {

    private SiteDiff() {
    }

    public static SiteChanges between(Path oldSite, Path newSite) throws IOException {
        SortedMap<String, Path> old = files(oldSite);
        SortedMap<String, Path> now = files(newSite);
        List<Page> added = new ArrayList<>();
        List<Page> removed = new ArrayList<>();
        List<ChangedPage> changed = new ArrayList<>();
        List<DataFile> openData = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        String language = siteLanguage(now.containsKey("index.html") ? now : old);
        for (String path : paths) {
            Path before = old.get(path);
            Path after = now.get(path);
            if (isPage(path)) {
                if (before == null) {
                    added.add(page(path, PageText.read(after), language));
                } else if (after == null) {
                    removed.add(page(path, PageText.read(before), language));
                } else if (!sameBytes(before, after)) {
                    PageText was = PageText.read(before);
                    PageText is = PageText.read(after);
                    if (!was.lines().equals(is.lines())) {
                        changed.add(new ChangedPage(page(path, is, language),
                                LineDiff.between(was.lines(), is.lines())));
                    }
                }
            } else if (isOpenData(path)) {
                if (before == null) {
                    openData.add(new DataFile(path, Change.ADDED));
                } else if (after == null) {
                    openData.add(new DataFile(path, Change.REMOVED));
                } else if (!sameBytes(before, after)) {
                    openData.add(new DataFile(path, Change.CHANGED));
                }
            }
        }
        Comparator<Page> ownLanguageFirst = Comparator.comparing(Page::translation);
        added.sort(ownLanguageFirst);
        removed.sort(ownLanguageFirst);
        changed.sort(Comparator.comparing(ChangedPage::page, ownLanguageFirst));
        return new SiteChanges(added, removed, changed, openData);
    }

    private static Page page(String path, PageText text, String siteLanguage) {
        return new Page(address(path), text.name(), !text.language().equals(siteLanguage));
    }

    /** The language of the site's front page: the one its own pages are in, translations aside. */
    private static String siteLanguage(SortedMap<String, Path> site) throws IOException {
        Path front = site.get("index.html");
        return front == null ? "" : PageText.read(front).language();
    }

    private static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /** The API, the calendars, the DCAT catalogue and the news feeds. */
    static boolean isOpenData(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("api/") || path.startsWith("calendar/") || path.startsWith("dcat.")
                || name.startsWith("feed.") || name.endsWith(".atom") || name.endsWith(".rss");
    }

    /** The page's address in the site: {@code platser/kallaren/} for {@code platser/kallaren/index.html}. */
    private static String address(String path) {
        return path.equals("index.html") ? "/" : path.endsWith("/index.html")
                ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    /** Every file under {@code site} by its path relative to it, with forward slashes. */
    private static SortedMap<String, Path> files(Path site) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return files;
    }
}
