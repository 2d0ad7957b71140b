package se.kvarter;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import se.kvarter.check.PlaceNotices;
import se.kvarter.check.SiteChecker;
import se.kvarter.content.ChangedPaths;
import se.kvarter.content.ContentLoader;
import se.kvarter.content.LoadedContent;
import se.kvarter.feeds.FeedJob;
import se.kvarter.feeds.OpenDataCache;
import se.kvarter.feeds.OpenDataWriter;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;
import se.kvarter.output.Disk;
import se.kvarter.output.DuplicateOutputException;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFailure;
import se.kvarter.output.OutputFile;
import se.kvarter.output.OutputFolderException;
import se.kvarter.output.OutputTarget;
import se.kvarter.output.SiteWriter;
import se.kvarter.output.Stylesheets;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;
import se.kvarter.render.TemplateFailure;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;
import se.kvarter.validate.ContentValidator;

/**
 * The build, stage by stage: load, validate, render, check, write. The only class that knows
 * every stage. Content errors stop the build before anything is written; a failed check throws
 * the new output away; the output folder is replaced only by a complete site.
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
     * @param pages the number of HTML pages written
     * @param feeds the number of open-data files written
     */
    /**
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
        checkFolders(options);
        checkOutput(options);
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
            Result result = publish(compiled.site(), options, writer, started);
            if (result.succeeded()) {
                writer.commit();
            }
            return result;
        }
    }

    /**
     * Builds the site into memory, for the dev server and {@code kvarter check}: the same stages
     * and checks as {@link #run(Options)}, nothing written to disk.
     */
    public Result run(Options options, MemorySite target) {
        checkFolders(options);
        long started = System.nanoTime();
        Compiled compiled = compileOnce(options);
        if (!compiled.errors().isEmpty()) {
            return failed(compiled.errors(), started).withNotices(compiled.notices());
        }
        return publish(compiled.site(), options, target, started).withNotices(compiled.notices());
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

    /** Renders pages and open data into {@code target}, copies files, and checks the result. */
    private Result publish(Site site, Options options, OutputTarget target, long started) {
        try {
            SiteChecker checker = new SiteChecker(site.settings().basePath(), options.content());
            Consumer<OutputFile> sink = file -> {
                checker.inspect(file);
                target.write(file);
            };
            OpenDataWriter openData = openData(OpenDataCache.forOneBuild());
            AtomicInteger feedFiles = new AtomicInteger();
            List<PageJob> pages;
            try (Workers workers = Workers.start()) {
                // The open-data files first, while the pages are planned: a few of them (every
                // news article in one list) take long, and run beside the pages, not after them.
                workers.submit(feedJobs(openData.plan(site), sink, feedFiles));
                workers.submit(List.of(() -> copyFiles(options, site, target, checker)));
                pages = renderer(options.templates()).plan(site, () -> openData.describe(site));
                SitePaths paths = new SitePaths(site.settings().basePath(), "");
                FeedJob sitemap = openData.sitemap(site, pages.stream().map(job -> paths.outputFile(job.path())).toList());
                workers.submit(feedJobs(List.of(sitemap), sink, feedFiles));
                workers.submit(pages.stream().<Runnable>map(job -> () -> sink.accept(job.render().get())).toList());
                workers.finish();
            }
            progress.phase("progress.rendered", pages.size(), feedFiles.get());
            List<ContentError> broken = checker.finish();
            if (!broken.isEmpty()) {
                return failed(broken.stream().sorted().toList(), started);
            }
            progress.phase("progress.checked");
            return new Result(List.of(), pages.size(), feedFiles.get(),
                    Duration.ofNanos(System.nanoTime() - started), PlaceNotices.of(site));
        } catch (TemplateFailure e) {
            return failed(List.of(ContentError.of(e.at(), "template.failed", e.detail())), started);
        } catch (DuplicateOutputException e) {
            return failed(List.of(ContentError.of(Position.ofFile(e.path()), "output.duplicate-path", e.path())), started);
        }
    }

    /** Jobs that make the files of open-data jobs, pass them on and count them. */
    private static List<Runnable> feedJobs(List<FeedJob> feeds, Consumer<OutputFile> sink, AtomicInteger count) {
        return feeds.stream().<Runnable>map(job -> () -> job.files().get().forEach(file -> {
            sink.accept(file);
            count.incrementAndGet();
        })).toList();
    }

    OpenDataWriter openData(OpenDataCache cache) {
        return new OpenDataWriter(json, System.getenv("SOURCE_DATE_EPOCH"), cache);
    }

    Progress progress() {
        return progress;
    }

    synchronized SiteRenderer renderer(Path templates) {
        if (renderer == null || !templates.equals(rendererTemplates)) {
            renderer = new SiteRenderer(templates, json);
            rendererTemplates = templates;
        }
        return renderer;
    }

    static void copyFiles(Options options, Site site, OutputTarget writer, SiteChecker checker) {
        for (String file : site.files()) {
            writer.copy(options.content().resolve(file), file);
            checker.exists(file);
        }
        Path assets = options.templates().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(assets)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = "assets/" + assets.relativize(path).toString().replace('\\', '/');
                Optional<String> minified = relative.endsWith(".css")
                        ? Stylesheets.minified(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
                if (minified.isPresent()) {
                    writer.write(OutputFile.text(relative, minified.get()));
                } else {
                    writer.copy(path, relative);
                }
                checker.exists(relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result failed(List<ContentError> errors, long started) {
        return new Result(errors, 0, 0, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Refuses folders that cannot work before anything is read: a missing content or templates
     * folder; for a build to disk also an output folder that is, or holds, one of them (replacing
     * it would delete the sources).
     */
    public static void checkFolders(Options options) {
        if (!Files.isDirectory(options.content())) {
            throw new OutputFolderException("usage.no-content", options.content().toString());
        }
        if (!Files.isDirectory(options.templates())) {
            throw new OutputFolderException("usage.no-templates", options.templates().toString());
        }
    }

    /**
     * Refuses an output folder a build may not replace: one that is, holds or lies in the content
     * or templates, or that exists and was not made by kvarter. For the dev server's {@code --out},
     * checked before its first build.
     *
     * @throws OutputFolderException when {@code options.out()} cannot be used
     */
    public static void checkOutputFolder(Options options) {
        checkOutput(options);
        SiteWriter.refuseIfNotOurs(options.out());
    }

    private static void checkOutput(Options options) {
        Path out = options.out().toAbsolutePath().normalize();
        for (Path folder = out; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new OutputFolderException("usage.out-under-file", options.out().toString(), folder.toString());
                }
                break;
            }
        }
        // Real paths: a symbolic link to the content folder, or through a linked parent, is the
        // content folder, and a build would replace it.
        Path content = real(options.content());
        Path templates = real(options.templates());
        Path realOut = real(options.out());
        if (content.startsWith(realOut) || templates.startsWith(realOut) || realOut.startsWith(content)
                || realOut.startsWith(templates)) {
            throw new OutputFolderException("usage.out-overlaps-sources", options.out().toString());
        }
    }

    /**
     * Where a path really is, links followed: its deepest existing folder's real path with the
     * names that do not exist yet (an output folder a first build will make) after it.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute; // unreadable on the way: compared as given, and writing will say why
        }
    }
}
