package se.kvarter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import se.kvarter.check.SiteChecker;
import se.kvarter.feeds.FeedJob;
import se.kvarter.model.SitePaths;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFile;
import se.kvarter.output.OutputTarget;
import se.kvarter.output.Stylesheets;
import se.kvarter.render.PageJob;

/**
 * Where the files of one build go: past the site checker into the target. A build of everything
 * writes into an empty target (a second file at one path is an error); the dev server's partial
 * build replaces and removes files in a copy of the last site and notes which it touched.
 */
final class Output {

    private final OutputTarget target;
    private final MemorySite replacing;
    private final SiteChecker checker;
    private final SitePaths paths;
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final AtomicInteger feedFiles = new AtomicInteger();

    private Output(OutputTarget target, MemorySite replacing, SiteChecker checker, SitePaths paths) {
        this.target = target;
        this.replacing = replacing;
        this.checker = checker;
        this.paths = paths;
    }

    /** Every file into an empty {@code target}, checked by a new checker. */
    static Output fresh(OutputTarget target, SiteChecker checker, SitePaths paths) {
        return new Output(target, null, checker, paths);
    }

    /** Files replaced in {@code site}, a copy of the last one, checked by the checker that saw it. */
    static Output replacing(MemorySite site, SiteChecker checker, SitePaths paths) {
        return new Output(site, site, checker, paths);
    }

    SiteChecker checker() {
        return checker;
    }

    SitePaths paths() {
        return paths;
    }

    int feedFiles() {
        return feedFiles.get();
    }

    void accept(OutputFile file) {
        checker.inspect(file);
        if (replacing == null) {
            target.write(file);
        } else {
            replacing.replace(file);
        }
        touched.add(file.path());
    }

    /** The bytes of a file of this build, or null. */
    byte[] read(String path) {
        return target.read(path);
    }

    void remove(String file) {
        replacing.remove(file);
        checker.forget(file);
        touched.add(file);
    }

    /** A copy of the site as it is now, for a preview; only while replacing files of the last one. */
    MemorySite snapshot() {
        return replacing.copy();
    }

    /** The paths written or removed since the last call. */
    Set<String> takeTouched() {
        Set<String> taken = Set.copyOf(touched);
        touched.removeAll(taken);
        return taken;
    }

    List<Runnable> pages(List<PageJob> jobs) {
        return jobs.stream().<Runnable>map(job -> () -> accept(job.render().get())).toList();
    }

    /** Jobs that make the files of open-data jobs, pass them on, count them and note them in {@code selection}. */
    List<Runnable> feeds(List<FeedJob> jobs, Selection selection) {
        return jobs.stream().<Runnable>map(job -> () -> {
            List<String> made = new ArrayList<>();
            job.files().get().forEach(file -> {
                accept(file);
                made.add(file.path());
            });
            selection.made(job, made);
            feedFiles.addAndGet(made.size());
        }).toList();
    }

    /** The content's files, and the templates' assets with their stylesheets minified. */
    void copyFiles(Path content, List<String> files, Path templates) {
        for (String file : files) {
            target.copy(content.resolve(file), file);
            checker.exists(file);
        }
        Path assets = templates.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = "assets/" + assets.relativize(path).toString().replace('\\', '/');
                Optional<String> minified = relative.endsWith(".css")
                        ? Stylesheets.minified(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
                if (minified.isPresent()) {
                    target.write(OutputFile.text(relative, minified.get()));
                } else {
                    target.copy(path, relative);
                }
                checker.exists(relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
