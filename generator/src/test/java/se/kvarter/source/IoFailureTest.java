package se.kvarter.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** The JDK's exceptions for what the system refuses, as Linux gives them (texts from strerror), told apart. */
class IoFailureTest {

    @Test
    void tellsTheFailuresASentenceCanSayWhatToDoAbout() {
        assertEquals(IoFailure.NO_SPACE, IoFailure.of(new IOException("No space left on device")));
        assertEquals(IoFailure.NO_SPACE, IoFailure.of(new FileSystemException("/s/x", null, "Disk quota exceeded")));
        assertEquals(IoFailure.READ_ONLY, IoFailure.of(new FileSystemException("/s/x", null, "Read-only file system")));
        assertEquals(IoFailure.NO_PERMISSION, IoFailure.of(new AccessDeniedException("/s/x")));
        assertEquals(IoFailure.NOT_A_FOLDER, IoFailure.of(new FileSystemException("/s/x", null, "Not a directory")));
        assertEquals(IoFailure.NAME_TOO_LONG, IoFailure.of(new FileSystemException("/s/x", null, "File name too long")));
        assertEquals(IoFailure.MISSING, IoFailure.of(new NoSuchFileException("/s/x")));
        assertEquals(IoFailure.OTHER, IoFailure.of(new FileSystemException("/s/x", null, "Input/output error")));
    }

    @Test
    void givesAPhraseInTheReadersLanguageOrTheSystemsTextWithoutThePath() {
        Messages sv = Messages.forLanguage("sv");
        assertEquals("disken är full", sv.format("io.no-space", new Object[0]));
        assertEquals(new Phrase("io.no-space"), IoFailure.reason(new IOException("No space left on device")));
        assertEquals("Input/output error", IoFailure.reason(new FileSystemException("/s/x", null, "Input/output error")));
    }
}
