package se.kvarter.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.kvarter.output.OutputFile;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Checks the built pages as a visitor would meet them: every internal link and anchor leads
 * somewhere, ids are unique on a page, every image has alt text and every page has exactly one
 * {@code h1}. Pages are inspected one by one as they are rendered (from several threads); links
 * are resolved when all files are known. Problems are reported at the page and its line.
 *
 * <p>A large site has hundreds of thousands of links, most of them the same on every page (the
 * layout's navigation), so a page keeps only what {@link #finish} needs: its ids, and per link its
 * address (read once per distinct address), target file, line and column. Where in the content a
 * link was written is looked up only for a link that turns out broken.
 */
public final class SiteChecker {

    private static final Pattern LEVEL_ONE = Pattern.compile("(?m)^# |<h1[\\s>]", Pattern.CASE_INSENSITIVE);

    private final String basePath;
    private final SourceLocator sources;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    /** Every address met on a page, read once. */
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    /** One copy of each id and target file, shared by the pages that have it. */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /** How an address leads to a file of the site, as far as the address alone tells. */
    private enum Leads {
        /** Not checked: empty, e-mail, phone or another site. */
        NOWHERE,
        /** To {@link Address#path}, a file of the site (or an impossible name when broken anyway). */
        FILE,
        /** To the page it is on. */
        SAME_PAGE,
        /** To {@link Address#path} relative to the folder of the page it is on. */
        RELATIVE
    }

    /** An address as written in {@code href} or {@code src}, read: where it leads, and the anchor it needs. */
    private record Address(String href, Leads leads, String path, String fragment) {
    }

    /** What one page holds: the content file it shows, its ids, its links, and its own problems. */
    private record Page(String source, Set<String> ids, Links links, List<ContentError> errors) {
    }

    /**
     * The links of one page: per link its address, the file it leads to, and where it is: its line
     * and column, or (line 0) its offset in the page's bytes ({@link PageScan.Link}).
     */
    private record Links(Address[] addresses, String[] targets, int[] places) {

        static final Links NONE = new Links(new Address[0], new String[0], new int[0]);

        int size() {
            return addresses.length;
        }

        /** The link's line and column in the page, read from {@code page} when only its offset is known. */
        int[] position(int link, Function<String, byte[]> built, String page) {
            if (places[2 * link] > 0) {
                return new int[] {places[2 * link], places[2 * link + 1]};
            }
            byte[] bytes = built.apply(page);
            return bytes == null ? new int[] {1, 1} : PageTokens.position(bytes, places[2 * link + 1]);
        }
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
        PageScan scan = PageScan.of(file.bytes());
        List<ContentError> found = new ArrayList<>(0);
        for (PageScan.Found id : scan.duplicateIds()) {
            found.add(ContentError.of(at(file, id, List.of("id=\"" + id.value() + "\"", "{#" + id.value() + "}")),
                    "check.duplicate-id", id.value()));
        }
        if (scan.headings() != 1 && !scan.redirect()) {
            Position at = sources.find(file.source(), LEVEL_ONE).orElse(Position.ofFile(file.path()));
            found.add(ContentError.of(at, "check.h1-count", String.valueOf(scan.headings())));
        }
        for (PageScan.Found image : scan.imagesWithoutAlt()) {
            found.add(ContentError.of(at(file, image, written(image.value())), "check.image-without-alt",
                    image.value()));
        }
        String[] ids = scan.ids().stream().map(this::name).toArray(String[]::new);
        pages.put(file.path(), new Page(file.source(), Set.of(ids), links(file.path(), scan.links()),
                found.isEmpty() ? List.of() : List.copyOf(found)));
    }

    /**
     * Resolves every internal link now that all files are known, and returns all problems found.
     *
     * @param built the bytes of a page of the build by its path (or null), to place a broken link
     *              that is not written in content where it stands in the page
     */
    public List<ContentError> finish(Function<String, byte[]> built) {
        Set<ContentError> all = new LinkedHashSet<>(); // a language edition without its own text repeats the source's problems
        Map<String, Boolean> folders = new HashMap<>();
        pages.forEach((path, page) -> {
            all.addAll(page.errors());
            Links links = page.links();
            for (int link = 0; link < links.size(); link++) {
                Address address = links.addresses()[link];
                String target = links.targets()[link];
                if (!files.contains(target) && !folders.computeIfAbsent(target, t -> files.contains(t + "/index.html"))) {
                    all.add(ContentError.of(located(path, page, link, built), "check.broken-link", address.href()));
                } else if (address.fragment() != null && !address.fragment().isEmpty()) {
                    Page linked = pages.get(files.contains(target) ? target : target + "/index.html");
                    if (linked != null && !linked.ids().contains(address.fragment())) {
                        all.add(ContentError.of(located(path, page, link, built), "check.broken-anchor", address.href()));
                    }
                }
            }
        });
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

    /** The links of the page at {@code path} that lead into the site, compactly. */
    private Links links(String path, List<PageScan.Link> found) {
        List<PageScan.Link> checked = new ArrayList<>(found.size());
        List<Address> read = new ArrayList<>(found.size());
        for (PageScan.Link link : found) {
            Address address = addresses.get(link.value());
            if (address == null) {
                address = addresses.computeIfAbsent(link.value(), this::address);
            }
            if (address.leads() != Leads.NOWHERE) {
                checked.add(link);
                read.add(address);
            }
        }
        if (checked.isEmpty()) {
            return Links.NONE;
        }
        String[] targets = new String[checked.size()];
        int[] places = new int[2 * checked.size()];
        for (int link = 0; link < targets.length; link++) {
            targets[link] = target(path, read.get(link));
            PageScan.Link at = checked.get(link);
            places[2 * link] = at.offset() >= 0 ? 0 : at.line();
            places[2 * link + 1] = at.offset() >= 0 ? at.offset() : at.column();
        }
        return new Links(read.toArray(Address[]::new), targets, places);
    }

    /** Reads an address once for all the pages it is on. */
    private Address address(String href) {
        if (href.isEmpty() || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return new Address(href, Leads.NOWHERE, null, null);
        }
        URI uri;
        try {
            uri = new URI(href);
        } catch (URISyntaxException e) {
            return new Address(href, Leads.FILE, "\u0000invalid", null);
        }
        if (uri.getScheme() != null || href.startsWith("//")) {
            return new Address(href, Leads.NOWHERE, null, null); // external: checked only on request
        }
        String path = uri.getPath();
        String fragment = uri.getFragment() == null ? null : name(uri.getFragment());
        if (path == null || path.isEmpty()) {
            return new Address(href, Leads.SAME_PAGE, null, fragment);
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return new Address(href, Leads.FILE, "\u0000outside", null);
            }
            return new Address(href, Leads.FILE, name(indexed(path.substring(basePath.length()))), fragment);
        }
        return new Address(href, Leads.RELATIVE, path, fragment);
    }

    /** The file an address leads to from the page at {@code page}. */
    private String target(String page, Address address) {
        return switch (address.leads()) {
            case FILE -> address.path();
            case SAME_PAGE -> indexed(page);
            default -> {
                String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
                yield name(indexed(resolve(folder, address.path())));
            }
        };
    }

    /** A relative path (decoded, so it may hold a space or a colon) from a folder of the site. */
    private static String resolve(String folder, String path) {
        // A colon before the first slash would make the path read as a scheme ("kl%3A10" decodes
        // to "kl:10", and URI("kl:10") is opaque, without a path): "./" keeps it a path, as a
        // browser keeps it.
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        String relative = colon >= 0 && (slash < 0 || colon < slash) ? "./" + path : path;
        try {
            // These constructors quote what a path may hold but an address may not, such as a space.
            String resolved = new URI(null, null, folder, null).resolve(new URI(null, null, relative, null)).getPath();
            return resolved == null ? "\u0000invalid" : resolved;
        } catch (URISyntaxException e) {
            return "\u0000invalid";
        }
    }

    /** A folder's address leads to its {@code index.html}. */
    private static String indexed(String target) {
        return target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
    }

    /** The one copy of {@code name} that all pages share. */
    private String name(String name) {
        String known = names.putIfAbsent(name, name);
        return known != null ? known : name;
    }

    /** How a URL of the page may have been written in content: as it is, or without the site's base path. */
    private List<String> written(String url) {
        if (basePath.length() > 1 && url.startsWith(basePath)) {
            return List.of(url, "/" + url.substring(basePath.length()));
        }
        return List.of(url);
    }

    /** Where to report a problem with the link {@code link} of a page: where it was written in content, or in the page. */
    private Position located(String path, Page page, int link, Function<String, byte[]> built) {
        Address address = page.links().addresses()[link];
        List<String> written = new ArrayList<>(written(address.href()));
        if (address.fragment() != null && !address.fragment().isEmpty()) {
            written.add("#" + address.fragment()); // place:x#anchor becomes a path; the anchor stays as written
        }
        return sources.findLink(page.source(), written)
                .orElseGet(() -> {
                    int[] at = page.links().position(link, built, path);
                    return new Position(path, at[0], at[1]);
                });
    }

    /** Where to report a problem with {@code found}: in its content file when one of {@code values} is there. */
    private Position at(OutputFile file, PageScan.Found found, List<String> values) {
        return sources.find(file.source(), values)
                .orElseGet(() -> new Position(file.path(), found.line(), found.column()));
    }
}
