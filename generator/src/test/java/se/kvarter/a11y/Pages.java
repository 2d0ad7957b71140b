package se.kvarter.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading built pages with jsoup, for the checks that need no browser. */
final class Pages {

    private Pages() {
    }

    /** A built page of a site, by its URL path. */
    static Document read(BuiltSite site, String page) {
        return read(site.file(page));
    }

    static Document read(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
