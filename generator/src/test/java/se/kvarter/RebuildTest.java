package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.content.ChangedPaths;
import se.kvarter.output.MemorySite;

/**
 * The dev server's partial rebuilds give exactly the site a fresh build gives, after every kind
 * of edit: what a page or feed says it depends on must be all it shows.
 */
class RebuildTest {

    @TempDir
    Path work;
    private Path content;
    private Path templates;
    private Build.Options options;
    private Build build;
    /** The last rebuild: its result, the site as last built successfully, and what it changed. */
    private Build.Rebuilt last;

    @BeforeEach
    void firstBuild() {
        content = TestSites.copy(TestSites.fixture("sites/complete/content"), work.resolve("content"));
        templates = TestSites.copy(TestSites.templates(), work.resolve("templates"));
        options = new Build.Options(content, templates, work.resolve("site"), LocalDate.of(2026, 11, 24), false, null);
        build = new Build(Progress.SILENT, Clock.systemUTC());
        assertTrue(rebuild().succeeded());
    }

    /** Rebuilds what changed, looking at every source file, as the dev server does after a lost event. */
    private Build.Result rebuild() {
        last = build.rebuild(options, Redo.whatChanged());
        return last.result();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + ": " + from);
        Files.writeString(path, text.replace(from, to));
    }

    /** Rebuilds, and checks the result against a fresh build; returns how many pages were rendered. */
    private int rebuildMatchesAFreshBuild() {
        Build.Result partial = rebuild();
        assertTrue(partial.succeeded(), partial.errors().toString());
        MemorySite fresh = new MemorySite();
        assertTrue(new Build(Progress.SILENT, Clock.systemUTC()).run(options, fresh).succeeded());
        MemorySite rebuilt = last.site();
        assertEquals(fresh.paths(), rebuilt.paths());
        List<String> differing = new ArrayList<>();
        for (String path : fresh.paths()) {
            if (!java.util.Arrays.equals(fresh.find(path).orElseThrow(), rebuilt.find(path).orElseThrow())) {
                differing.add(path);
            }
        }
        assertEquals(List.of(), differing, "files that differ from a fresh build");
        return partial.pages();
    }

    @Test
    void anEditToAPlaceRendersItsPagesAndTheListsOnly() throws IOException {
        edit("places/hubben.md", "time: 13:00-17:00", "time: 13:00-18:00");
        int rendered = rebuildMatchesAFreshBuild();
        int all = new Build(Progress.SILENT, Clock.systemUTC()).run(options, new MemorySite()).pages();
        // Its page, poster, the lists and filters, areas, services, organisations, search and open-data
        // pages in three languages, not the news, events and free pages.
        assertTrue(rendered < all - 10, "rendered " + rendered + " of " + all + " pages for one place");
    }

    @Test
    void theEditedArticlesPagesComeFirstAsAPreviewThenTheListsThatShowIt() throws IOException {
        edit("news/2026-11-20-hubben-oppnar.md", "title: Hubben öppnar", "title: Hubben har öppnat");
        List<MemorySite> previews = new ArrayList<>();
        List<Set<String>> previewed = new ArrayList<>();
        last = build.rebuild(options, new Redo(
                ChangedPaths.of(Set.of(content.resolve("news/2026-11-20-hubben-oppnar.md"))), (site, files) -> {
                    previews.add(site);
                    previewed.add(files);
                }));
        Build.Result result = last.result();
        assertTrue(result.succeeded(), result.errors().toString());
        assertEquals(1, previews.size());
        assertEquals(Set.of("nyheter/hubben-oppnar/index.html", "en/nyheter/hubben-oppnar/index.html",
                "ar/nyheter/hubben-oppnar/index.html"), previewed.get(0), "the article in each language");
        assertTrue(text(previews.get(0), "nyheter/hubben-oppnar/index.html").contains("Hubben har öppnat"));
        assertFalse(text(previews.get(0), "nyheter/index.html").contains("Hubben har öppnat"),
                "the news list follows after the preview");
        assertTrue(last.changed().contains("nyheter/index.html"), last.changed().toString());
        assertFalse(last.changed().contains("nyheter/hubben-oppnar/index.html"), "made once, in the preview");
        assertTrue(text(last.site(), "nyheter/index.html").contains("Hubben har öppnat"));
        rebuildMatchesAFreshBuild();
    }

    private static String text(MemorySite site, String path) {
        return new String(site.find(path).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void movingAPlaceToAnotherAreaAndRenamingIt() throws IOException {
        edit("places/hubben.md", "area: Bergsjön", "area: Angered");
        edit("places/hubben.md", "name: Hubben", "name: Jobbhubben");
        rebuildMatchesAFreshBuild();
    }

    @Test
    void newsEditsAddsAndRemovals() throws IOException {
        edit("news/2026-11-20-hubben-oppnar.md", "title: Hubben öppnar", "title: Hubben har öppnat");
        rebuildMatchesAFreshBuild();
        Files.writeString(content.resolve("news/2026-11-21-ny.md"), "---\ntitle: Ny\nplaces: [hubben]\n---\nText.\n");
        rebuildMatchesAFreshBuild();
        Files.delete(content.resolve("news/2026-11-01-mellan.md"));
        rebuildMatchesAFreshBuild();
    }

    @Test
    void anArticleMadeADraftOrPublishedLaterLeavesTheListsAndComesBack() throws IOException {
        edit("news/2026-11-01-mellan.md", "title: En nyhet i mitten", "title: En nyhet i mitten\ndraft: true");
        rebuildMatchesAFreshBuild();
        edit("news/2026-11-01-mellan.md", "draft: true", "publishDate: 2027-01-01");
        rebuildMatchesAFreshBuild();
        edit("news/2026-11-01-mellan.md", "publishDate: 2027-01-01", "publishDate: 2026-11-02");
        rebuildMatchesAFreshBuild();
        assertTrue(last.site().find("nyheter/mellan/index.html").isPresent());
    }

    @Test
    void eventsMovedBetweenPlacesRemovedAndCancelled() throws IOException {
        edit("events/verkstad.md", "place: hubben", "place: gamla-lokalen");
        rebuildMatchesAFreshBuild();
        edit("events/installt.md", "cancelled: true", "cancelled: false");
        rebuildMatchesAFreshBuild();
        Files.delete(content.resolve("events/passerat.md"));
        rebuildMatchesAFreshBuild();
    }

    @Test
    void placesAddedAndRemovedTakeTheirFilesAlong() throws IOException {
        Files.writeString(content.resolve("places/ny-plats.md"),
                "---\nname: Ny plats\naddress: { area: Tensta }\nservices: [laundry]\n---\n");
        rebuildMatchesAFreshBuild();
        Files.delete(content.resolve("places/ny-plats.md"));
        rebuildMatchesAFreshBuild();
    }

    @Test
    void organisationsPagesAndTranslations() throws IOException {
        edit("organizations/stadsmissionen.yaml", "name: Stadsmissionen", "name: Stadsmissionen i staden");
        rebuildMatchesAFreshBuild();
        edit("pages/om-oss.md", "title: Om oss", "title: Om webbplatsen");
        rebuildMatchesAFreshBuild();
        edit("places/hubben.en.md", "name: The Hub", "name: The Job Hub");
        rebuildMatchesAFreshBuild();
    }

    @Test
    void aTemplateEditRendersEverythingAgain() throws IOException {
        Path footer = templates.resolve("layouts/base.ftlh");
        Files.writeString(footer, Files.readString(footer, StandardCharsets.UTF_8).replace("<footer class=\"site-footer\">",
                "<footer class=\"site-footer\" data-edited=\"yes\">"));
        rebuildMatchesAFreshBuild();
    }

    @Test
    void aFailedRebuildKeepsTheLastSiteAndTheNextOneRecovers() throws IOException {
        MemorySite before = last.site();
        edit("places/hubben.md", "type: hub", "type: cafe");
        assertEquals(1, rebuild().errors().size());
        assertEquals(before, last.site());
        edit("places/hubben.md", "type: cafe", "type: drop-in");
        rebuildMatchesAFreshBuild();
    }
}
