package se.kvarter.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import se.kvarter.output.OutputFile;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Checks the built pages as a visitor would meet them: every internal link and anchor leads
 * somewhere, ids are unique on a page, every image has alt text and every page has exactly one
 * {@code h1}. Pages are inspected one by one as they are rendered (from several threads); links
 * are resolved when all files are known. Problems are reported at the page and its line.
 */
public final class SiteChecker {

    private static final Pattern LEVEL_ONE = Pattern.compile("(?m)^# |<h1[\\s>]", Pattern.CASE_INSENSITIVE);

    private final String basePath;
    private final SourceLocator sources;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();

    /** A link found on a page: the output file it is in, where, and the file and anchor it needs. */
    private record Reference(Where at, String href, String file, String fragment) {
    }

    /**
     * Where a link is: its place in the page, and how it may be written in the content file the
     * page shows. The content file is searched only when the link turns out broken.
     */
    private record Where(Position inPage, String source, List<String> written) {
    }

    /** What one page holds: its ids, its links, and its own problems. */
    private record Page(Set<String> ids, List<Reference> references, List<ContentError> errors) {
    }

    /** A checker that reports problems at the built pages only. */
    public SiteChecker(String basePath) {
        this(basePath, null);
    }

    /**
     * A checker that reports a problem at the content file a page was made from, when the
     * offending value can be found there under {@code contentRoot}.
     */
    public SiteChecker(String basePath, Path contentRoot) {
        this.basePath = basePath;
        this.sources = SourceLocator.in(contentRoot);
    }

    /** Notes a file that exists in the output without inspecting it (attachments, assets). */
    public void exists(String path) {
        files.add(path);
    }

    /** Forgets a file that a rebuild removed. */
    public void forget(String path) {
        files.remove(path);
        pages.remove(path);
    }

    /** Inspects one output file (again, when a rebuild changed it); HTML pages are parsed, others only noted. */
    public void inspect(OutputFile file) {
        files.add(file.path());
        if (!file.path().endsWith(".html")) {
            return;
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document page = Jsoup.parse(file.asText(), "", parser);
        List<ContentError> found = new ArrayList<>();
        List<Reference> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                found.add(ContentError.of(at(file, element, List.of("id=\"" + element.id() + "\"", "{#" + element.id() + "}")),
                        "check.duplicate-id", element.id()));
            }
        }

        int headings = page.select("h1").size();
        if (headings != 1 && !isRedirect(page)) {
            Position at = sources.find(file.source(), LEVEL_ONE).orElse(Position.ofFile(file.path()));
            found.add(ContentError.of(at, "check.h1-count", String.valueOf(headings)));
        }
        for (Element image : page.select("img")) {
            if (!image.hasAttr("alt")) {
                found.add(ContentError.of(at(file, image, written(image.attr("src"))), "check.image-without-alt",
                        image.attr("src")));
            }
        }
        for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
            String href = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            reference(file, link, href).ifPresent(links::add);
        }
        pages.put(file.path(), new Page(ids, links, found));
    }

    /** Resolves every internal link now that all files are known, and returns all problems found. */
    public List<ContentError> finish() {
        Set<ContentError> all = new LinkedHashSet<>(); // a language edition without its own text repeats the source's problems
        pages.values().forEach(page -> all.addAll(page.errors()));
        Map<String, Boolean> cache = new HashMap<>();
        for (Reference reference : pages.values().stream().flatMap(page -> page.references().stream()).toList()) {
            String target = reference.file();
            if (!files.contains(target) && !cache.computeIfAbsent(target, t -> files.contains(t + "/index.html"))) {
                all.add(ContentError.of(located(reference.at()), "check.broken-link", reference.href()));
            } else if (reference.fragment() != null && !reference.fragment().isEmpty()) {
                Page page = pages.get(files.contains(target) ? target : target + "/index.html");
                Set<String> ids = page == null ? null : page.ids();
                if (ids != null && !ids.contains(reference.fragment())) {
                    all.add(ContentError.of(located(reference.at()), "check.broken-anchor", reference.href()));
                }
            }
        }
        return distinctByPlace(all);
    }

    /**
     * One problem per place and kind: a content file shown in two language editions gives the
     * same mistake twice, once with each edition's URL; the shorter URL (the default edition's) is kept.
     */
    private static List<ContentError> distinctByPlace(Set<ContentError> all) {
        Map<String, ContentError> kept = new TreeMap<>();
        for (ContentError error : all.stream().sorted(
                Comparator.<ContentError>naturalOrder().thenComparing(e -> e.args().toString().length())
                        .thenComparing(e -> e.args().toString())).toList()) {
            kept.putIfAbsent(error.at() + " " + error.key(), error);
        }
        return List.copyOf(kept.values());
    }

    private Optional<Reference> reference(OutputFile file, Element element, String href) {
        if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return Optional.of(new Reference(where(file, element, written(href)), href, "\u0000invalid", null));
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return Optional.empty(); // external: checked only on request
        }
        String path = uri.getPath();
        String target;
        if (path == null || path.isEmpty()) {
            target = file.path();
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return Optional.of(new Reference(where(file, element, written(href)), href, "\u0000outside", null));
            }
            target = path.substring(basePath.length());
        } else {
            String folder = file.path().contains("/") ? file.path().substring(0, file.path().lastIndexOf('/') + 1) : "";
            target = URI.create(folder).resolve(path).getPath();
        }
        if (target.isEmpty() || target.endsWith("/")) {
            target = target + "index.html";
        }
        List<String> written = new ArrayList<>(written(href));
        if (uri.getFragment() != null && !uri.getFragment().isEmpty()) {
            written.add("#" + uri.getFragment()); // place:x#anchor becomes a path; the anchor stays as written
        }
        return Optional.of(new Reference(where(file, element, written), href, target, uri.getFragment()));
    }

    private static boolean isRedirect(Document page) {
        return page.selectFirst("meta[http-equiv=refresh]") != null;
    }

    /** How a URL of the page may have been written in content: as it is, or without the site's base path. */
    private List<String> written(String url) {
        if (basePath.length() > 1 && url.startsWith(basePath)) {
            return List.of(url, "/" + url.substring(basePath.length()));
        }
        return List.of(url);
    }

    private static Where where(OutputFile file, Element element, List<String> written) {
        return new Where(at(file, element), file.source(), written);
    }

    private Position located(Where where) {
        return sources.find(where.source(), where.written()).orElse(where.inPage());
    }

    /** Where to report a problem with {@code element}: in its content file when one of {@code values} is there. */
    private Position at(OutputFile file, Element element, List<String> values) {
        return sources.find(file.source(), values).orElseGet(() -> at(file, element));
    }

    private static Position at(OutputFile file, Element element) {
        var range = element.sourceRange();
        return range.isTracked()
                ? new Position(file.path(), range.start().lineNumber(), range.start().columnNumber())
                : Position.ofFile(file.path());
    }
}
