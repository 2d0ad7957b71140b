package se.kvarter.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.check.SiteChecker;
import se.kvarter.content.ContentLoader;
import se.kvarter.content.LoadedContent;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.Site;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;
import se.kvarter.source.Problems;
import se.kvarter.validate.ContentValidator;

/**
 * Pages of the example site ({@code content/} and {@code templates/} of the repository; run from
 * the repository root or set {@code -Dkvarter.root}, see README.md): one place page through the
 * template (its view models, hours, Freemarker, the layout), the plan of every page, loading and
 * validating all content, the check of one built page, and the whole in-memory build with its
 * checks, as {@code kvarter serve} does it the first time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageBenchmark {

    /** A fixed date, so that hours, events and publishing are the same whenever this runs. */
    private static final LocalDate DATE = LocalDate.of(2026, 11, 24);
    private static final String PLACE_PAGE = "/platser/framtidshubben-bergsjon/";

    private Path content;
    private Path templates;
    private Site site;
    private SiteRenderer renderer;
    private PageJob placePage;
    private OutputFile placePageFile;

    @Setup
    public void setUp() {
        Path root = root();
        content = root.resolve("content");
        templates = root.resolve("templates");
        site = compile();
        renderer = new SiteRenderer(templates, new ObjectMapper());
        List<PageJob> jobs = renderer.plan(site, List::of);
        placePage = jobs.stream().filter(j -> j.path().equals(PLACE_PAGE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no page " + PLACE_PAGE + " among "
                        + jobs.stream().map(PageJob::path).filter(p -> p.contains("platser/")).toList()));
        placePageFile = placePage.render().get();
    }

    /** The repository root: {@code -Dkvarter.root}, else the working folder or two folders up. */
    static Path root() {
        String given = System.getProperty("kvarter.root");
        List<Path> candidates = given != null ? List.of(Path.of(given)) : List.of(Path.of("."), Path.of("../.."));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("content/site.yaml")) && Files.isDirectory(candidate.resolve("templates"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find kvarter's content/ and templates/; run from the repository root"
                + " or pass -jvmArgs -Dkvarter.root=PATH");
    }

    private Site compile() {
        Problems problems = new Problems();
        LoadedContent loaded = new ContentLoader().load(content, problems);
        Site compiled = new ContentValidator(new MarkdownRenderer()).validate(loaded,
                new ContentValidator.Options(null, DATE, Clock.systemDefaultZone(), false), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the example content has errors: " + problems.sorted());
        }
        return compiled;
    }

    /** One place page: view models, opening hours of the coming weeks, Freemarker, layout. */
    @Benchmark
    public OutputFile renderPlacePage() {
        return placePage.render().get();
    }

    /** The link and heading check of that place page: reading its tags, ids and links (the links are resolved later, once). */
    @Benchmark
    public SiteChecker checkPlacePage() {
        SiteChecker checker = new SiteChecker(site.settings().basePath());
        checker.inspect(placePageFile);
        return checker;
    }

    /** Every page of the site planned (view models prepared, nothing rendered). */
    @Benchmark
    public List<PageJob> planSite() {
        return renderer.plan(site, List::of);
    }

    /** Reading and validating every content file, Markdown bodies included. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Site loadAndValidate() {
        return compile();
    }

    /** The whole build into memory: load, validate, render, open data, link check; a new Build each time. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Build.Result buildExampleSite() {
        Build build = new Build(Progress.SILENT, Clock.systemDefaultZone());
        Build.Result result = build.run(new Build.Options(content, templates, Path.of("unused"), DATE, false, null),
                new MemorySite());
        if (!result.succeeded()) {
            throw new IllegalStateException("the build failed: " + result.errors());
        }
        return result;
    }
}
