package se.kvarter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import se.kvarter.check.PlaceNotices;
import se.kvarter.check.SiteChecker;
import se.kvarter.content.ChangedPaths;
import se.kvarter.content.ContentLoader;
import se.kvarter.content.LoadedContent;
import se.kvarter.feeds.FeedJob;
import se.kvarter.feeds.OpenDataCache;
import se.kvarter.feeds.OpenDataWriter;
import se.kvarter.hours.HoursEngine;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.Changes;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;
import se.kvarter.output.Disk;
import se.kvarter.output.DuplicateOutputException;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFailure;
import se.kvarter.output.OutputFolderException;
import se.kvarter.output.OutputTarget;
import se.kvarter.output.SiteWriter;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;
import se.kvarter.render.TemplateFailure;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;
import se.kvarter.validate.ContentValidator;

/**
 * The build, stage by stage: load, validate, render, check, write. The only class that knows
 * every stage, and the one sequence of them that {@code kvarter build}, {@code check} and the dev
 * server all run; the dev server only says what changed ({@link Redo}). Content errors stop the
 * build before anything is written; a failed check throws the new output away; the output
 * folder is replaced only by a complete site.
 */
public final class Build {

    /**
     * What to build.
     *
     * @param date    the reference date, or null for today in the site's time zone
     * @param baseUrl overrides {@code site.yaml}'s {@code baseUrl}, or null
     */
    public record Options(Path content, Path templates, Path out, LocalDate date, boolean drafts, String baseUrl) {
    }

    /**
     * What a build did: the errors that stopped it (empty on success) or what it wrote.
     *
     * @param pages   the number of HTML pages written
     * @param feeds   the number of open-data files written
     * @param notices things worth a look that do not stop the build ({@code check} prints them)
     */
    public record Result(List<ContentError> errors, int pages, int feeds, Duration time, List<ContentError> notices) {

        public Result {
            notices = List.copyOf(notices);
        }

        public Result(List<ContentError> errors, int pages, int feeds, Duration time) {
            this(errors, pages, feeds, time, List.of());
        }

        public boolean succeeded() {
            return errors.isEmpty();
        }

        /**
         * This result with the notices of the content added before its own ({@code kvarter check}
         * prints them): the validation's first, then the built site's.
         */
        Result withNotices(List<ContentError> more) {
            List<ContentError> all = new java.util.ArrayList<>(more);
            all.addAll(notices);
            return new Result(errors, pages, feeds, time, all);
        }
    }

    /**
     * What a dev server's build did, and the site it left.
     *
     * @param site    the site as last built successfully
     * @param changed the output files a successful partial build changed after its preview (all it
     *                changed when there was none); null when it made everything or failed
     */
    public record Rebuilt(Result result, MemorySite site, Set<String> changed) {
    }

    private final Progress progress;
    private final Clock clock;
    private final Disk disk;
    private final ObjectMapper json = new ObjectMapper();
    // Kept between runs of one Build (the dev server's rebuilds): unchanged files are not read
    // again and unchanged entries not validated again.
    private final ContentLoader loader = new ContentLoader();
    private final ContentValidator validator = new ContentValidator(new MarkdownRenderer());
    // Templates are parsed once and re-read only when their files change.
    private SiteRenderer renderer;
    private Path rendererTemplates;
    // The dev server's: what its last good build made, null before one or after a failed one
    // (whose checker saw part of a site), and the open data that outlives a build.
    private LastBuild last;
    private final OpenDataCache keptOpenData = OpenDataCache.acrossBuilds();

    public Build(Progress progress, Clock clock) {
        this(progress, clock, Disk.LOCAL);
    }

    /** A build writing through {@code disk}: tests give one that fails as a full disk does. */
    Build(Progress progress, Clock clock, Disk disk) {
        this.progress = progress;
        this.clock = clock;
        this.disk = disk;
    }

    /**
     * Builds the site into {@code options.out()}, replacing it only when everything succeeded.
     *
     * @throws OutputFolderException when a folder of the options cannot be used (a usage error)
     * @throws OutputFailure when the system refuses to write the site (the previous one is kept)
     */
    public Result run(Options options) {
        Folders.checkSources(options);
        Folders.checkOutput(options);
        // First: a build that stops at a content error says the published site is untouched.
        if (SiteWriter.restoreInterrupted(options.out())) {
            progress.phase("progress.restored", options.out().toString());
        }
        long started = System.nanoTime();
        Compiled compiled = compileOnce(options);
        if (!compiled.errors().isEmpty()) {
            return failed(compiled.errors(), started);
        }
        try (SiteWriter writer = SiteWriter.open(options.out(), disk)) {
            Result result = publishOnce(compiled.site(), options, writer, started);
            if (result.succeeded()) {
                writer.commit();
            }
            return result;
        }
    }

    /**
     * Builds the site into memory, for {@code kvarter check}: the same stages and checks as
     * {@link #run(Options)}, nothing written to disk.
     */
    public Result run(Options options, MemorySite target) {
        Folders.checkSources(options);
        long started = System.nanoTime();
        Compiled compiled = compileOnce(options);
        if (!compiled.errors().isEmpty()) {
            return failed(compiled.errors(), started).withNotices(compiled.notices());
        }
        Result result = publishOnce(compiled.site(), options, target, started);
        if (result.succeeded()) {
            result = result.withNotices(PlaceNotices.of(compiled.site()));
        }
        return result.withNotices(compiled.notices());
    }

    /**
     * The dev server's build, into memory: the same stages as {@link #run(Options)}, redoing
     * only what {@code redo}'s changes reach since this Build's last good build (everything the
     * first time, after a failure, and when the settings, templates or files changed).
     */
    public synchronized Rebuilt rebuild(Options options, Redo redo) {
        Folders.checkSources(options);
        long started = System.nanoTime();
        Compiled compiled = compile(options, redo.changed());
        LastBuild before = last;
        if (!compiled.errors().isEmpty()) {
            return new Rebuilt(failed(compiled.errors(), started), before == null ? new MemorySite() : before.files(), null);
        }
        Map<String, Long> templates = LastBuild.stamp(options.templates());
        boolean templatesChanged = before == null || !templates.equals(before.templates());
        if (templatesChanged) {
            renderer(options.templates()).templatesChanged(); // the renderer reads each template once
        }
        Site site = compiled.site();
        Selection selection = templatesChanged ? Selection.everything(true)
                : Selection.since(before, Changes.between(before.site(), site));
        SitePaths paths = new SitePaths(site.settings().basePath(), "");
        MemorySite files;
        Output out;
        if (selection.everything()) {
            files = new MemorySite();
            out = Output.fresh(files, new SiteChecker(site.settings().basePath(), options.content()), paths);
        } else {
            files = before.files().copy();
            out = Output.replacing(files, before.checker(), paths);
        }
        last = null; // the checker is changed in place from here: only a good build is built on
        keptOpenData.nextBuild();
        Result result = publish(site, options, selection, out, openData(keptOpenData), redo.preview(), started);
        if (!result.succeeded()) {
            return new Rebuilt(result, before == null ? new MemorySite() : before.files(), null);
        }
        last = selection.next(site, templates, out.checker(), files);
        return new Rebuilt(result, files, selection.everything() ? null : out.takeTouched());
    }

    /** The site model, or the content errors that stop the build. */
    record Compiled(Site site, List<ContentError> errors, List<ContentError> notices) {

        Compiled(Site site, List<ContentError> errors) {
            this(site, errors, List.of());
        }
    }

    /**
     * Loads and validates the content: the first stages, which every kind of build shares.
     *
     * @param changed the source paths changed since the last build of this Build, when known
     */
    Compiled compile(Options options, ChangedPaths changed) {
        Problems problems = new Problems();
        LoadedContent loaded = loader.load(options.content(), changed, problems);
        progress.phase("progress.loaded", loaded.fileCount());
        Site site = validator.validate(loaded,
                new ContentValidator.Options(options.baseUrl(), options.date(), clock, options.drafts()), problems);
        if (!problems.isEmpty()) {
            return new Compiled(null, problems.sorted(), problems.notices());
        }
        progress.phase("progress.validated", site.now().date().toString());
        return new Compiled(site, List.of(), problems.notices());
    }

    /**
     * Loads and validates for a build that is not repeated: what the loader and validator keep
     * for the dev server's next build (every source file's text and YAML) would only take memory
     * while the pages are rendered.
     */
    private Compiled compileOnce(Options options) {
        Compiled compiled = compile(options, ChangedPaths.unknown());
        loader.forgetAll();
        validator.forgetAll();
        return compiled;
    }

    /** Every page and open-data file of a build that is not repeated, into {@code target}. */
    private Result publishOnce(Site site, Options options, OutputTarget target, long started) {
        Output out = Output.fresh(target, new SiteChecker(site.settings().basePath(), options.content()),
                new SitePaths(site.settings().basePath(), ""));
        return publish(site, options, Selection.everything(false), out, openData(OpenDataCache.forOneBuild()),
                Redo.Preview.NONE, started);
    }

    /**
     * The stages after validation, for every kind of build: renders the pages and makes the
     * open data that {@code selection} chooses into {@code out}, copies the files when making
     * everything, and checks the result.
     */
    private Result publish(Site site, Options options, Selection selection, Output out, OpenDataWriter openData,
                           Redo.Preview preview, long started) {
        try {
            SiteRenderer renderer = renderer(options.templates());
            // one engine for pages and open data: each place's year of days is resolved once
            HoursEngine hours = HoursEngine.of(site.settings());
            Supplier<SiteRenderer.SitePlan> planner = () -> renderer.prepare(site, hours, () -> openData.describe(site, hours));
            SiteRenderer.SitePlan plan = null;
            List<PageJob> edited = List.of();
            List<PageJob> pages;
            List<PageJob> toRender;
            try (Workers workers = Workers.start()) {
                if (!selection.everything()) {
                    // The pages of the entries just edited first, shown at once; then the pages that list them.
                    plan = planner.get();
                    edited = selection.editedEntries(plan);
                    if (!edited.isEmpty()) {
                        workers.submit(out.pages(edited));
                        workers.finish();
                        preview.show(out.snapshot(), out.takeTouched());
                    }
                }
                // The open-data files before the pages, and while they are planned: a few of them
                // (every news article in one list) take long, and run beside the pages, not after them.
                workers.submit(out.feeds(selection.feeds(openData.plan(site, hours)), selection));
                if (selection.everything()) {
                    workers.submit(List.of(() -> out.copyFiles(options.content(), site.files(), options.templates())));
                }
                pages = (plan == null ? planner.get() : plan).all();
                toRender = selection.pages(pages, edited, out);
                FeedJob sitemap = openData.sitemap(site,
                        pages.stream().map(job -> out.paths().outputFile(job.path())).toList());
                workers.submit(out.feeds(selection.feeds(List.of(sitemap)), selection));
                workers.submit(out.pages(toRender));
                workers.finish();
            }
            selection.feedFilesNoLongerMade().forEach(out::remove);
            int made = edited.size() + toRender.size();
            if (selection.everything()) {
                progress.phase("progress.rendered", made, out.feedFiles());
            } else {
                progress.phase("progress.pages", made, pages.size());
                progress.phase("progress.feeds", out.feedFiles());
            }
            List<ContentError> broken = out.checker().finish(out::read);
            if (!broken.isEmpty()) {
                return failed(broken.stream().sorted().toList(), started);
            }
            progress.phase("progress.checked");
            // The places' notices are for kvarter check alone (run(Options, MemorySite)): a build and
            // the dev server show none, and reading every place's text for times took the end of a build.
            return new Result(List.of(), made, out.feedFiles(), Duration.ofNanos(System.nanoTime() - started));
        } catch (TemplateFailure e) {
            return failed(List.of(ContentError.of(e.at(), "template.failed", e.detail())), started);
        } catch (DuplicateOutputException e) {
            return failed(List.of(ContentError.of(Position.ofFile(e.path()), "output.duplicate-path", e.path())), started);
        }
    }

    private OpenDataWriter openData(OpenDataCache cache) {
        return new OpenDataWriter(json, System.getenv("SOURCE_DATE_EPOCH"), cache);
    }

    private synchronized SiteRenderer renderer(Path templates) {
        if (renderer == null || !templates.equals(rendererTemplates)) {
            renderer = new SiteRenderer(templates, json);
            rendererTemplates = templates;
        }
        return renderer;
    }

    private static Result failed(List<ContentError> errors, long started) {
        return new Result(errors, 0, 0, Duration.ofNanos(System.nanoTime() - started));
    }
}
