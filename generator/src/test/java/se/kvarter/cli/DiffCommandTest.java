package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.diff.SiteChanges;
import se.kvarter.diff.SiteDiff;

/**
 * {@code kvarter diff} on real pairs of builds of the example site: one opening hour changed,
 * and nothing changed. The builds share one date, as main's and a pull request's do in CI.
 */
class DiffCommandTest {

    private static final String DATE = "2026-11-24";
    private static final String PLACE = "places/framtidshubben-bergsjon.md";

    @TempDir
    static Path work;

    private static Path before;
    private static Path again;
    private static Path after;

    @BeforeAll
    static void buildThreeSites() throws IOException {
        before = TestSites.build(TestSites.exampleContent(), work.resolve("before"), DATE);
        again = TestSites.build(TestSites.exampleContent(), work.resolve("again"), DATE);
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        Path place = content.resolve(PLACE);
        String text = Files.readString(place, StandardCharsets.UTF_8);
        String changed = text.replace("time: 09:00-12:00", "time: 10:00-14:00");
        assertTrue(!changed.equals(text), "the example place has Thursday's hours 09:00-12:00");
        Files.writeString(place, changed, StandardCharsets.UTF_8);
        after = TestSites.build(content, work.resolve("after"), DATE);
    }

    private static TestSites.Run diff(Path old, Path now, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("diff", old.toString(), now.toString()));
        args.addAll(List.of(options));
        return TestSites.kvarter(args.toArray(String[]::new));
    }

    @Test
    void aChangedHourIsNamedOnThePlacePageInSwedish() {
        TestSites.Run run = diff(before, after);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        int page = lines.indexOf("  Framtidshubben Bergsjön – platser/framtidshubben-bergsjon/");
        assertTrue(page > 0, run.out());
        // the regular hours come first on the page: the change is said as the place's Thursdays
        assertEquals("    Torsdag 09:00–12:00 blir 10:00–14:00", lines.get(page + 1));
        assertTrue(lines.contains("    Torsdag 26 november 09:00–12:00 blir 10:00–14:00"), run.out());
        assertTrue(lines.contains("Ändrade sidor (8):"), run.out());
        assertTrue(lines.contains("  calendar/places/framtidshubben-bergsjon.ics (ändrad)"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void onlyThePlacesPagesAndOpenDataChange() throws IOException {
        SiteChanges changes = SiteDiff.between(before, after);
        // the place page and its poster in each language the site is in, Swedish (the site's) first,
        // and the posters with Arabic beside; lists show the same hours only in attributes
        // (data-open), which residents do not read
        assertEquals(List.of("platser/framtidshubben-bergsjon/affisch/ar/", "platser/framtidshubben-bergsjon/affisch/",
                        "platser/framtidshubben-bergsjon/",
                        "ar/platser/framtidshubben-bergsjon/affisch/", "ar/platser/framtidshubben-bergsjon/",
                        "en/platser/framtidshubben-bergsjon/affisch/ar/", "en/platser/framtidshubben-bergsjon/affisch/",
                        "en/platser/framtidshubben-bergsjon/"),
                changes.changed().stream().map(c -> c.page().path()).toList());
        for (SiteChanges.ChangedPage page : changes.changed()) {
            assertEquals("Framtidshubben Bergsjön", page.page().name());
            // the poster: its regular hours (in each of its two languages); the page: its regular
            // hours, when it opens next and the day in the table
            String path = page.page().path();
            assertEquals(path.endsWith("/affisch/") ? 1 : path.endsWith("/affisch/ar/") ? 2 : 3, page.lines().size(),
                    page.toString());
            for (var line : page.lines()) {
                assertTrue(line.before().endsWith(" 09:00–12:00"), page.toString());
                assertTrue(line.after().endsWith(" 10:00–14:00"), page.toString());
            }
        }
        assertEquals(List.of(), changes.added());
        assertEquals(List.of(), changes.removed());
        assertEquals(List.of("api/hsds/locations.json", "api/hsds/schedules.json", "api/hsds/services.json",
                        "api/v1/places.geojson", "api/v1/places.json", "api/v1/places/framtidshubben-bergsjon.json",
                        "calendar/places/framtidshubben-bergsjon.ics"),
                changes.openData().stream().map(SiteChanges.DataFile::path).toList());
    }

    @Test
    void markdownInEnglishForThePullRequestComment() {
        TestSites.Run run = diff(before, after, "--format", "markdown", "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("### What changes for residents", lines.get(0));
        int page = lines.indexOf("- **Framtidshubben Bergsjön** `en/platser/framtidshubben-bergsjon/`");
        assertTrue(page > 0, run.out());
        assertEquals("  - Thursday 09:00–12:00 becomes 10:00–14:00", lines.get(page + 1));
        assertTrue(lines.contains("- `api/v1/places.json` (changed)"), run.out());
    }

    @Test
    void twoBuildsOfTheSameContentHaveNoChanges() {
        TestSites.Run swedish = diff(before, again);
        assertEquals(0, swedish.exit(), swedish.err());
        assertEquals(List.of("Inga ändringar för invånarna."), swedish.out().lines().toList());
        TestSites.Run english = diff(before, again, "--lang", "en", "--format", "markdown");
        assertEquals(0, english.exit(), english.err());
        assertEquals(List.of("No changes for residents."), english.out().lines().toList());
    }

    @Test
    void aFolderThatIsNotThereIsAUsageMistake() {
        TestSites.Run run = diff(before, work.resolve("missing"), "--lang", "en");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("The folder " + work.resolve("missing") + " does not exist."), run.err());
        assertEquals("", run.out());
    }
}
