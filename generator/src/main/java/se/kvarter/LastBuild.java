package se.kvarter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import se.kvarter.check.SiteChecker;
import se.kvarter.model.Site;
import se.kvarter.output.MemorySite;

/**
 * What the dev server's last good build made, kept so that the next one redoes only what a
 * change reaches: the site model, what each page and open-data job showed, the templates it was
 * made with, the site checker that saw every file, and the files.
 *
 * @param pageDependencies each page's path with the keys it shows ({@code place:hubben})
 * @param feedFiles        each open-data job's name with the files it made
 * @param templates        {@link #stamp} of the templates folder
 * @param checker          changed in place by the next build; after a failure it is not used again
 */
record LastBuild(Site site, Map<String, Set<String>> pageDependencies, Map<String, List<String>> feedFiles,
                 Map<String, Long> templates, SiteChecker checker, MemorySite files) {

    /** Every template file with its modification time and size: a template edit redoes everything. */
    static Map<String, Long> stamp(Path templates) {
        Map<String, Long> stamp = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(templates)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                stamp.put(path.toString(), Files.getLastModifiedTime(path).toMillis() * 31 + Files.size(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stamp;
    }
}
