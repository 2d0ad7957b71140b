package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
