package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import se.kvarter.content.ChangedPaths;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;

/**
 * The dev server plans the edited entries' own pages before the rest; those must be the very
 * jobs the whole plan has for them, in every language, or the preview would show another page
 * than the build.
 */
class SitePlanTest {

    @Test
    void anEntrysOwnPagesAreTheJobsOfTheWholePlanForIt() {
        Build build = new Build(Progress.SILENT, Clock.systemUTC());
        Path content = TestSites.fixture("sites/complete/content");
        Build.Compiled compiled = build.compile(new Build.Options(content, TestSites.templates(), Path.of("unused"),
                LocalDate.of(2026, 11, 24), false, null), ChangedPaths.unknown());
        assertTrue(compiled.errors().isEmpty(), compiled.errors().toString());
        SiteRenderer.SitePlan plan = new SiteRenderer(TestSites.templates(), new ObjectMapper())
                .prepare(compiled.site(), List::of);
        List<PageJob> all = plan.all();
        Set<String> entries = new TreeSet<>();
        all.stream().map(PageJob::entry).filter(Objects::nonNull).forEach(entries::add);
        assertTrue(entries.size() > 10, entries.toString());
        for (String entry : entries) {
            assertEquals(described(all.stream().filter(job -> entry.equals(job.entry())).toList()),
                    described(plan.entryPages(List.of(entry))), entry);
        }
        assertEquals(List.of(), plan.entryPages(List.of("place:finns-inte", "news-order", "pages")));
    }

    private static Set<String> described(List<PageJob> jobs) {
        Set<String> lines = new TreeSet<>();
        jobs.forEach(job -> lines.add(job.path() + " " + new TreeSet<>(job.dependsOn()) + " "
                + job.render().get().asText().hashCode()));
        return lines;
    }
}
