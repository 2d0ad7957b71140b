package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @Test
    void replacesTheOutputFolderOnlyOnCommit(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        try (SiteWriter first = SiteWriter.open(out)) {
            first.write(OutputFile.text("index.html", "one"));
            first.commit();
        }
        try (SiteWriter second = SiteWriter.open(out)) {
            second.write(OutputFile.text("index.html", "two"));
            assertEquals("one", Files.readString(out.resolve("index.html")), "the old site until commit");
        }
        assertEquals("one", Files.readString(out.resolve("index.html")), "closed without commit: old site kept");
        assertEquals(1, siblings(work), "no temporary folder left behind");
    }

    @Test
    void writesAFileInPartsWhole(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        byte[] large = new byte[1 << 20];
        Arrays.fill(large, (byte) 'a');
        try (SiteWriter writer = SiteWriter.open(out)) {
            writer.write(OutputFile.ofParts("api/hsds/services.json",
                    List.of("[".getBytes(StandardCharsets.UTF_8), large, "]\n".getBytes(StandardCharsets.UTF_8))));
            writer.commit();
        }
        String written = Files.readString(out.resolve("api/hsds/services.json"));
        assertEquals((1 << 20) + 3, written.length());
        assertEquals("[a", written.substring(0, 2));
        assertEquals("a]\n", written.substring(written.length() - 3));
    }

    @Test
    void readsBackAFileOfTheBuildBeforeItIsCommitted(@TempDir Path work) {
        try (SiteWriter writer = SiteWriter.open(work.resolve("site"))) {
            writer.write(OutputFile.text("om/index.html", "<h1>Om</h1>"));
            assertEquals("<h1>Om</h1>", new String(writer.read("om/index.html"), StandardCharsets.UTF_8));
            assertEquals(null, writer.read("saknas/index.html"));
        }
    }

    @Test
    void aCommittedBuildHasOnlyItsOwnFiles(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        try (SiteWriter first = SiteWriter.open(out)) {
            first.write(OutputFile.text("old/index.html", "old"));
            first.commit();
        }
        try (SiteWriter second = SiteWriter.open(out)) {
            second.write(OutputFile.text("new/index.html", "new"));
            second.commit();
        }
        assertFalse(Files.exists(out.resolve("old/index.html")));
        assertTrue(Files.exists(out.resolve("new/index.html")));
        assertEquals(1, siblings(work));
    }

    @Test
    void cleansUpAfterAKilledBuildAndPutsBackASiteLeftBetweenTheTwoMoves(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        // What a build killed between "move old site away" and "move new site in" leaves behind.
        Path old = Files.createDirectories(work.resolve(".kvarter-site-old-999999999"));
        Files.writeString(old.resolve("index.html"), "previous");
        Files.writeString(old.resolve(SiteWriter.MARKER), "");
        Path half = Files.createDirectories(work.resolve(".kvarter-site-new-999999999-123"));
        Files.writeString(half.resolve("index.html"), "half");
        try (SiteWriter writer = SiteWriter.open(out)) {
            assertEquals("previous", Files.readString(out.resolve("index.html")));
        }
        assertFalse(Files.exists(half));
        assertEquals(1, siblings(work));
    }

    @Test
    void deletesADeepTreeButNotWhatALinkInItPointsTo(@TempDir Path work) throws IOException {
        Path tree = work.resolve("tree");
        for (int i = 0; i < 300; i++) {
            Path page = tree.resolve("news/" + i + "/index.html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "page " + i);
        }
        Files.createDirectories(tree.resolve("a/b/c/d/empty"));
        Files.writeString(tree.resolve("a/b/c/d/deep.txt"), "deep");
        Path outside = Files.writeString(work.resolve("outside.txt"), "keep");
        Path outsideFolder = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outsideFolder.resolve("kept.txt"), "keep");
        try {
            Files.createSymbolicLink(tree.resolve("a/link-to-file"), outside);
            Files.createSymbolicLink(tree.resolve("a/link-to-folder"), outsideFolder);
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without symbolic links: the rest of the test still holds
        }

        SiteWriter.deleteTree(tree);

        assertFalse(Files.exists(tree, LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(outside));
        assertEquals("keep", Files.readString(outsideFolder.resolve("kept.txt")));
        SiteWriter.deleteTree(tree);
    }

    @Test
    void refusesAFolderItDidNotMake(@TempDir Path work) throws IOException {
        Path out = Files.createDirectories(work.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep");
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> SiteWriter.open(out));
        assertEquals("output.not-ours", e.key());
        assertEquals("keep", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void refusesTwoFilesWithOnePathAndPathsOutsideTheSite(@TempDir Path work) {
        try (SiteWriter writer = SiteWriter.open(work.resolve("site"))) {
            writer.write(OutputFile.text("a/index.html", "x"));
            assertThrows(DuplicateOutputException.class, () -> writer.write(OutputFile.text("a/index.html", "y")));
            assertThrows(IllegalArgumentException.class, () -> writer.write(OutputFile.text("../escape.html", "z")));
        }
    }

    @Test
    void refusesAFileWhosePathIsAFolderOfAnotherFileEitherWayRound(@TempDir Path work) {
        try (SiteWriter writer = SiteWriter.open(work.resolve("site"))) {
            writer.write(OutputFile.text("api/places.json", "[]"));
            assertThrows(DuplicateOutputException.class, () -> writer.write(OutputFile.text("api/places.json/index.html", "x")));
            writer.write(OutputFile.text("old/index.html", "y"));
            assertThrows(DuplicateOutputException.class, () -> writer.write(OutputFile.text("old", "z")));
        }
    }

    private static long siblings(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.count();
        }
    }
}
