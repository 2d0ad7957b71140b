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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        boolean templatesChanged = !templates.equals(templatesStamp);
        if (templatesChanged) {
            build.renderer(options.templates()).templatesChanged(); // the renderer reads each template once
        }
        Changes changes = !templatesChanged && checker != null
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
        } catch (RuntimeException | Error e) {
            checker = null; // whatever stopped it, the next build starts over, not from a half-made one
            throw e;
        }
    }

    private Build.Result publish(Site next, Build.Options options, Changes changes, Map<String, Long> templates,
                                 long started, Preview preview) {
        Run run = new Run(next, options, changes);
        SiteRenderer.SitePlan plan = build.renderer(options.templates()).prepare(next, () -> run.openData.describe(next));
        // The pages of the entries just edited first, shown at once; then the pages that list them.
        List<PageJob> own = run.everything ? List.of() : plan.entryPages(changes.keys());
        if (!own.isEmpty()) {
            Workers.run(own.stream().map(run::page).toList());
            preview.show(run.target.copy(), Set.copyOf(run.touched));
            run.touched.clear();
        }
        List<PageJob> pages = plan.all();
        Map<String, Set<String>> dependencies = new HashMap<>();
        List<PageJob> toRender = run.pagesToRender(pages, own, dependencies);
        Map<String, List<String>> made = new ConcurrentSkipListMap<>();
        List<FeedJob> toMake = run.feedsToMake(pages, made);
        AtomicInteger feedCount = new AtomicInteger();
        // Open-data files first, as in a build: the long ones run beside the pages.
        List<Runnable> jobs = new ArrayList<>();
        toMake.forEach(job -> jobs.add(run.feed(job, made, feedCount)));
        if (run.everything) {
            jobs.add(() -> Build.copyFiles(options, next, run.target, run.used));
        }
        toRender.forEach(job -> jobs.add(run.page(job)));
        Workers.run(jobs);
        build.progress().phase("progress.pages", toRender.size() + own.size(), pages.size());
        run.dropFeedsNoLongerMade(made);
        build.progress().phase("progress.feeds", feedCount.get());
        List<ContentError> broken = run.used.finish();
        build.progress().phase("progress.checked");
        if (!broken.isEmpty()) {
            checker = null; // the next build starts over
            return Build.failed(broken.stream().sorted().toList(), started);
        }
        site = next;
        pageDependencies = dependencies;
        feedFiles = new TreeMap<>(made);
        templatesStamp = templates;
        checker = run.used;
        files = run.target;
        changedFiles = run.everything ? null : Set.copyOf(run.touched);
        return new Build.Result(List.of(), toRender.size() + own.size(), feedCount.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** One rebuild: the site it makes (a copy of the last one), what changed, and the files it touched. */
    private final class Run {
        private final Site next;
        private final SitePaths paths;
        private Changes changes;
        private final boolean everything;
        private final MemorySite target;
        // Changed in place; after a failure it is thrown away and the next build starts over.
        private final SiteChecker used;
        private final OpenDataWriter openData;
        private final Set<String> touched = ConcurrentHashMap.newKeySet();

        Run(Site next, Build.Options options, Changes changes) {
            this.next = next;
            this.paths = new SitePaths(next.settings().basePath(), "");
            this.changes = changes;
            this.everything = changes.everything();
            this.target = everything ? new MemorySite() : files.copy();
            this.used = everything ? new SiteChecker(next.settings().basePath(), options.content()) : checker;
            openDataCache.nextBuild();
            this.openData = build.openData(openDataCache);
        }

        private void accept(OutputFile file) {
            used.inspect(file);
            target.replace(file);
            touched.add(file.path());
        }

        private void remove(String file) {
            target.remove(file);
            used.forget(file);
            touched.add(file);
        }

        Runnable page(PageJob job) {
            return () -> accept(job.render().get());
        }

        /** A feed job that also notes which files it made. */
        Runnable feed(FeedJob job, Map<String, List<String>> made, AtomicInteger count) {
            return () -> {
                List<String> paths = new ArrayList<>();
                job.files().get().forEach(file -> {
                    accept(file);
                    paths.add(file.path());
                });
                made.put(job.name(), paths);
                count.addAndGet(paths.size());
            };
        }

        /**
         * The pages to make again besides those already made ({@code done}): new ones and those
         * whose keys changed, before or now. Removes the pages that are gone, and notes each
         * page's keys in {@code dependencies}.
         */
        List<PageJob> pagesToRender(List<PageJob> pages, List<PageJob> done, Map<String, Set<String>> dependencies) {
            Set<String> made = done.stream().map(PageJob::path).collect(Collectors.toSet());
            List<PageJob> toRender = new ArrayList<>();
            for (PageJob job : pages) {
                dependencies.put(job.path(), job.dependsOn());
                Set<String> before = pageDependencies.get(job.path());
                if (!made.contains(job.path())
                        && (everything || before == null || changes.affects(job.dependsOn()) || changes.affects(before))) {
                    toRender.add(job);
                }
            }
            Set<String> removed = new HashSet<>(pageDependencies.keySet());
            removed.removeAll(dependencies.keySet());
            if (!removed.isEmpty() || !pageDependencies.keySet().containsAll(dependencies.keySet())) {
                changes = changes.with(Changes.PAGES); // the sitemap lists the pages
            }
            removed.forEach(path -> remove(paths.outputFile(path)));
            return toRender;
        }

        /** The open-data jobs to run; the files of the others are kept, and put in {@code made}. */
        List<FeedJob> feedsToMake(List<PageJob> pages, Map<String, List<String>> made) {
            List<String> pagePaths = pages.stream().map(job -> paths.outputFile(job.path())).toList();
            List<FeedJob> toMake = new ArrayList<>();
            for (FeedJob job : openData.plan(next, pagePaths)) {
                if (everything || !feedFiles.containsKey(job.name()) || changes.affects(job.dependsOn())) {
                    toMake.add(job);
                } else {
                    made.put(job.name(), feedFiles.get(job.name()));
                }
            }
            return toMake;
        }

        /** Removes the files of open-data jobs that the site no longer has (an event removed). */
        void dropFeedsNoLongerMade(Map<String, List<String>> made) {
            feedFiles.forEach((name, paths) -> {
                if (!made.containsKey(name)) {
                    paths.forEach(this::remove);
                }
            });
        }
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
