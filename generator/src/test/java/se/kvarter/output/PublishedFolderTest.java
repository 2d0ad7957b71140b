package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.source.Messages;

/** The published site has the permissions of the user's umask, so that a web server running as another user reads it. */
class PublishedFolderTest {

    @Test
    void foldersAndFilesOfThePublishedSiteHaveTheModesOfTheUmask(@TempDir Path work) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        // What this process's umask gives a new folder and a new file (0755 and 0644 under umask 022).
        Set<PosixFilePermission> folderMode = Files.getPosixFilePermissions(Files.createDirectory(work.resolve("probe")));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(Files.writeString(work.resolve("probe.txt"), ""));
        Path attachment = Files.writeString(work.resolve("private.pdf"), "%PDF");
        Files.setPosixFilePermissions(attachment, PosixFilePermissions.fromString("rw-------"));

        Path out = work.resolve("site");
        for (int build = 0; build < 2; build++) { // the first build creates the folder, the second swaps it
            try (SiteWriter writer = SiteWriter.open(out)) {
                writer.write(OutputFile.text("index.html", "home"));
                writer.write(OutputFile.text("platser/a/index.html", "a"));
                writer.copy(attachment, "files/private.pdf");
                writer.commit();
            }
        }

        try (Stream<Path> paths = Files.walk(out)) {
            for (Path path : paths.toList()) {
                Set<PosixFilePermission> expected = Files.isDirectory(path) ? folderMode : fileMode;
                assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(Files.getPosixFilePermissions(path)),
                        work.relativize(path).toString());
            }
        }
        if (folderMode.contains(PosixFilePermission.OTHERS_READ)) {
            assertTrue(Files.getPosixFilePermissions(out).contains(PosixFilePermission.OTHERS_EXECUTE), "others can enter the site");
        }
    }

    @Test
    void anOutputFolderGivenAsASymbolicLinkIsPublishedAtItsTargetAndTheLinkStays(@TempDir Path work) throws IOException {
        Path served = Files.createDirectories(work.resolve("www"));
        Path link = work.resolve("site");
        assumeTrue(symbolicLink(link, Path.of("www/current")), "symbolic links");

        for (String edition : new String[] {"one", "two"}) { // the first build creates the target, the second replaces it
            try (SiteWriter writer = SiteWriter.open(link)) {
                writer.write(OutputFile.text("index.html", edition));
                writer.commit();
            }
            assertTrue(Files.isSymbolicLink(link), "the link is still a link after build " + edition);
            assertEquals(edition, Files.readString(served.resolve("current/index.html")), "the link's target has build " + edition);
            assertEquals(edition, Files.readString(link.resolve("index.html")));
        }
        try (Stream<Path> beside = Files.list(served)) {
            assertEquals(List.of("current"), beside.map(p -> p.getFileName().toString()).toList(), "no leftovers beside the target");
        }
        try (Stream<Path> beside = Files.list(work)) {
            assertEquals(List.of("site", "www"), beside.map(p -> p.getFileName().toString()).sorted().toList(), "none beside the link");
        }
    }

    @Test
    void aLinkToAFolderOfSomethingElseIsRefusedAndALinkThatLeadsToItselfIsToldInOneSentence(@TempDir Path work) throws IOException {
        Path mine = Files.createDirectories(work.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep");
        Path link = work.resolve("site");
        assumeTrue(symbolicLink(link, mine), "symbolic links");
        assertEquals("output.not-ours", assertThrows(OutputFolderException.class, () -> SiteWriter.open(link)).key());
        assertEquals("keep", Files.readString(mine.resolve("notes.txt")));

        Path loop = work.resolve("loop");
        Files.createSymbolicLink(loop, Path.of("loop"));
        assertEquals("output.link-loop", assertThrows(OutputFolderException.class, () -> SiteWriter.open(loop)).key());
        assertTrue(Files.isSymbolicLink(loop));
        assertTrue(Messages.forLanguage("en").format("output.link-loop", loop.toString()).endsWith("another --out."));
    }

    private static boolean symbolicLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
