package se.kvarter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.kvarter.check.SiteChecker;
import se.kvarter.content.ChangedPaths;
import se.kvarter.feeds.FeedJob;
import se.kvarter.feeds.OpenDataCache;
import se.kvarter.feeds.OpenDataWriter;
import se.kvarter.model.Changes;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;
import se.kvarter.output.DuplicateOutputException;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;
import se.kvarter.render.TemplateFailure;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * The dev server's builds: the same stages as {@link Build}, but after the first build only the
 * pages and open-data files that a change affects are made again. Each page and feed says what
 * it shows; the difference between the last site and the new one ({@link Changes}) says what
 * changed. A change to the settings, the templates or the files builds everything.
 *
 * <p>The pages of the entries just edited are made first and shown as a preview (the page an
 * author is looking at reloads at once); lists, search, feeds and the site check follow.
 */
public final class Rebuilder {

    /** Receives the site with the edited entries' own pages made, before the rest of a rebuild. */
    public interface Preview {
        /**
         * @param site    the last site with those pages (and nothing else) replaced; not changed later
         * @param changed the output files that differ from the last site
         */
        void show(MemorySite site, Set<String> changed);

        Preview NONE = (site, changed) -> { };
    }

    private final Build build;
    private Site site;
    private Map<String, Set<String>> pageDependencies = Map.of();
    private Map<String, List<String>> feedFiles = Map.of();
    private Map<String, Long> templatesStamp = Map.of();
    private SiteChecker checker;
    private MemorySite files = new MemorySite();
    private final OpenDataCache openDataCache = OpenDataCache.acrossBuilds();
    private Set<String> changedFiles;

    public Rebuilder(Build build) {
        this.build = build;
    }

    /** The site as last built successfully. */
    public synchronized MemorySite files() {
        return files;
    }

    /**
     * The output files that the last successful rebuild changed after its preview (all it changed
     * when there was none), or null when it built everything.
     */
    public synchronized Set<String> changedFiles() {
        return changedFiles;
    }

    /** Builds what changed since the last successful build (everything the first time). */
    public synchronized Build.Result rebuild(Build.Options options) {
        return rebuild(options, ChangedPaths.unknown(), Preview.NONE);
    }

    /**
     * Builds what changed since the last successful build, looking for changes in the
     * {@code changed} paths only when they are known, and showing the edited entries' pages to
     * {@code preview} as soon as they are made.
     */
    public synchronized Build.Result rebuild(Build.Options options, ChangedPaths changed, Preview preview) {
        Build.checkFolders(options);
        long started = System.nanoTime();
        Build.Compiled compiled = build.compile(options, changed);
        if (!compiled.errors().isEmpty()) {
            return Build.failed(compiled.errors(), started);
        }
        Map<String, Long> templates = stamp(options.templates());
        Changes changes = templates.equals(templatesStamp) && checker != null
                ? Changes.between(site, compiled.site()) : Changes.EVERYTHING;
        try {
            return publish(compiled.site(), options, changes, templates, started, preview);
        } catch (TemplateFailure e) {
            checker = null; // it saw part of a failed build: the next build starts over
            return Build.failed(List.of(ContentError.of(e.at(), "template.failed", e.detail())), started);
        } catch (DuplicateOutputException e) {
            checker = null;
            return Build.failed(List.of(ContentError.of(Position.ofFile(e.path()), "output.duplicate-path", e.path())),
                    started);
        }
    }

    private Build.Result publish(Site next, Build.Options options, Changes changes, Map<String, Long> templates,
                                 long started, Preview preview) {
        boolean everything = changes.everything();
        MemorySite target = everything ? new MemorySite() : files.copy();
        // The checker is changed in place; after a failure it is thrown away and the next build starts over.
        SiteChecker used = everything ? new SiteChecker(next.settings().basePath(), options.content()) : checker;

        openDataCache.nextBuild();
        OpenDataWriter openData = build.openData(openDataCache);
        SiteRenderer.SitePlan plan = build.renderer(options.templates()).prepare(next, () -> openData.describe(next));
        Set<String> touched = ConcurrentHashMap.newKeySet();
        Consumer<OutputFile> sink = file -> {
            used.inspect(file);
            target.replace(file);
            touched.add(file.path());
        };
        // The pages of the entries just edited first, shown at once; then the pages that list them.
        List<PageJob> own = everything ? List.of() : plan.entryPages(changes.keys());
        if (!own.isEmpty()) {
            Workers.run(own.stream().<Runnable>map(job -> () -> sink.accept(job.render().get())).toList());
            preview.show(target.copy(), Set.copyOf(touched));
            touched.clear();
        }
        Set<String> shown = own.stream().map(PageJob::path).collect(Collectors.toSet());
        List<PageJob> pages = plan.all();

        Map<String, Set<String>> dependencies = new HashMap<>();
        List<PageJob> toRender = new ArrayList<>();
        for (PageJob job : pages) {
            dependencies.put(job.path(), job.dependsOn());
            Set<String> before = pageDependencies.get(job.path());
            if (!shown.contains(job.path())
                    && (everything || before == null || changes.affects(job.dependsOn()) || changes.affects(before))) {
                toRender.add(job);
            }
        }
        Set<String> removedPages = new HashSet<>(pageDependencies.keySet());
        removedPages.removeAll(dependencies.keySet());
        if (!removedPages.isEmpty() || !pageDependencies.keySet().containsAll(dependencies.keySet())) {
            changes = changes.with(Changes.PAGES);
        }
        for (String path : removedPages) {
            String file = outputFile(next, path);
            target.remove(file);
            used.forget(file);
            touched.add(file);
        }
        List<String> pagePaths = pages.stream().map(job -> outputFile(next, job.path())).toList();
        Map<String, List<String>> made = new TreeMap<>();
        List<FeedJob> toMake = new ArrayList<>();
        for (FeedJob job : openData.plan(next, pagePaths)) {
            if (everything || !feedFiles.containsKey(job.name()) || changes.affects(job.dependsOn())) {
                toMake.add(job);
            } else {
                made.put(job.name(), feedFiles.get(job.name()));
            }
        }
        Map<String, List<String>> newlyMade = new ConcurrentHashMap<>();
        AtomicInteger feedCount = new AtomicInteger();
        // Open-data files first, as in a build: the long ones run beside the pages.
        List<Runnable> jobs = new ArrayList<>();
        for (FeedJob job : toMake) {
            jobs.add(() -> {
                List<String> paths = new ArrayList<>();
                job.files().get().forEach(file -> {
                    sink.accept(file);
                    paths.add(file.path());
                });
                newlyMade.put(job.name(), paths);
                feedCount.addAndGet(paths.size());
            });
        }
        toRender.forEach(job -> jobs.add(() -> sink.accept(job.render().get())));
        Workers.run(jobs);
        toRender.addAll(own);
        build.progress().phase("progress.pages", toRender.size(), pages.size());
        made.putAll(newlyMade);
        for (Map.Entry<String, List<String>> old : feedFiles.entrySet()) {
            if (!made.containsKey(old.getKey())) {
                old.getValue().forEach(path -> {
                    target.remove(path);
                    used.forget(path);
                    touched.add(path);
                });
            }
        }
        if (everything) {
            Build.copyFiles(options, next, target, used);
        }
        build.progress().phase("progress.feeds", feedCount.get());
        List<ContentError> broken = used.finish();
        build.progress().phase("progress.checked");
        if (!broken.isEmpty()) {
            checker = null; // the next build starts over
            return Build.failed(broken.stream().sorted().toList(), started);
        }
        site = next;
        pageDependencies = dependencies;
        feedFiles = made;
        templatesStamp = templates;
        checker = used;
        files = target;
        changedFiles = everything ? null : Set.copyOf(touched);
        return new Build.Result(List.of(), toRender.size(), feedCount.get(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static String outputFile(Site site, String path) {
        return new SitePaths(site.settings().basePath(), "").outputFile(path);
    }

    /** Every template file with its modification time: a template edit builds everything again. */
    private static Map<String, Long> stamp(Path templates) {
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
