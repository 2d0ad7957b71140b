package se.kvarter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The weight of a built page as the README promises it: the uncompressed bytes of the HTML file
 * plus those of every stylesheet and script it loads (each counted once per page; images, feeds
 * and the search index a script fetches are not counted).
 */
final class PageWeights {

    /** The bar of the README and outputs.md: 30 KB. */
    static final long LIMIT = 30 * 1024;

    private PageWeights() {
    }

    /** The bytes of the HTML page {@code file} of {@code site} and of the stylesheets and scripts it loads. */
    static long of(Path site, Path file) {
        try {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Set<String> assets = new LinkedHashSet<>(page.select("link[rel=stylesheet]").eachAttr("href"));
            assets.addAll(page.select("script[src]").eachAttr("src"));
            long bytes = Files.size(file);
            for (String asset : assets) {
                bytes += Files.size(site.resolve(asset.substring(1)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page of {@code site} at or over {@link #LIMIT}, as "path: bytes", heaviest first. */
    static List<String> heavy(Path site) {
        record Weighed(Path path, long bytes) {
        }
        List<String> heavy = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            files.filter(p -> p.toString().endsWith(".html"))
                    .map(file -> new Weighed(file, of(site, file)))
                    .filter(page -> page.bytes() >= LIMIT)
                    .sorted(Comparator.comparingLong(Weighed::bytes).reversed().thenComparing(Weighed::path))
                    .forEach(page -> heavy.add(site.relativize(page.path()) + ": " + page.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return heavy;
    }
}
