package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.source.Problems;

/**
 * The dev server tells the loader which paths changed instead of letting it scan the folder;
 * whatever changed, the result must be what a loader that scans everything reads.
 */
class ContentLoaderChangesTest {

    @TempDir
    Path work;
    private Path content;
    private ContentLoader loader;

    @BeforeEach
    void loadOnce() {
        content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        loader = new ContentLoader();
        loader.load(content, ChangedPaths.unknown(), new Problems());
    }

    /** Loads with the changed paths and compares with a fresh loader's scan of everything. */
    private String loadedKnowing(Path... changed) {
        Problems told = new Problems();
        String incremental = summary(loader.load(content, ChangedPaths.of(Set.of(changed)), told), told);
        Problems fresh = new Problems();
        String scanned = summary(new ContentLoader().load(content, fresh), fresh);
        assertEquals(scanned, incremental);
        return incremental;
    }

    private static String summary(LoadedContent loaded, Problems problems) {
        List<String> lines = new ArrayList<>();
        Stream.of(loaded.site().stream().toList(), loaded.services().stream().toList(), loaded.organizations(),
                        loaded.places(), loaded.events(), loaded.news(), loaded.pages())
                .flatMap(List::stream)
                .forEach(doc -> lines.add(doc.file().kind() + " " + doc.path() + " " + doc.id() + " " + doc.fields()
                        + " " + doc.body().hashCode()));
        loaded.files().forEach(file -> lines.add("file " + file.path()));
        loaded.unreadable().forEach(file -> lines.add("unreadable " + file.path()));
        problems.sorted().forEach(error -> lines.add("error " + error));
        return String.join("\n", lines);
    }

    @Test
    void anEditedFileIsReadAgain() throws IOException {
        Path place = content.resolve("places/kallaren.md");
        Files.writeString(place, Files.readString(place).replace("name: ", "name: Nya "));
        assertTrue(loadedKnowing(place).contains("Nya "));
    }

    @Test
    void addedAndRemovedFilesAndTheirNameErrorsFollow() throws IOException {
        Path added = Files.writeString(content.resolve("places/Ny Plats.md"), "---\nname: x\n---\n");
        Path removed = content.resolve("places/mellanrummet.md");
        Files.delete(removed);
        String loaded = loadedKnowing(added, removed);
        assertTrue(loaded.contains("file.bad-name"), loaded);
        assertTrue(!loaded.contains("places/mellanrummet.md"), loaded);
        Files.delete(added);
        assertTrue(!loadedKnowing(added).contains("file.bad-name"));
    }

    @Test
    void aNewFolderIsScannedWholeThoughOnlyTheFolderWasNamed() throws IOException {
        Path folder = Files.createDirectories(content.resolve("places/gamla"));
        Files.writeString(folder.resolve("x.md"), "---\nname: x\n---\n");
        assertTrue(loadedKnowing(folder).contains("file.unknown-place"));
    }

    @Test
    void aRemovedFolderTakesItsFilesAlong() throws IOException {
        Path folder = content.resolve("pages");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
        assertTrue(!loadedKnowing(folder).contains("pages/"));
    }

    @Test
    void hiddenFilesAndPathsOutsideTheFolderAreNotContent() throws IOException {
        Path swap = Files.writeString(content.resolve("places/.kallaren.md.swp"), "not content");
        Path template = Files.writeString(work.resolve("outside.md"), "---\nname: x\n---\n");
        loadedKnowing(swap, template, content);
    }
}
