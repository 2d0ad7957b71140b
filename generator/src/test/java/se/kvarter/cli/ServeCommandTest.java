package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/** {@code kvarter serve} as a user meets it when it cannot start. */
class ServeCommandTest {

    @Test
    void anOutputFolderOverTheContentIsRefusedBeforeAnythingIsBuilt(@TempDir Path work) {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        TestSites.Run run = TestSites.kvarter("serve", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--port", "0", "--out", work.toString(), "--lang", "en");
        assertEquals(2, run.exit(), run.err());
        assertEquals(List.of("The output folder " + work + " cannot be the content or templates folder, or lie in or around them."),
                run.errLines());
        assertEquals("", run.out(), "nothing was built");
    }

    @Test
    void aContentFolderThatDoesNotExistIsOneSentence(@TempDir Path work) {
        Path missing = work.resolve("innehall");
        TestSites.Run run = TestSites.kvarter("serve", "--content", missing.toString(),
                "--templates", TestSites.templates().toString(), "--port", "0", "--lang", "en");
        assertEquals(2, run.exit(), run.err());
        assertEquals(List.of("The content folder " + missing + " does not exist."), run.errLines());
        assertEquals("", run.out(), "nothing was built");
    }

    @Test
    void aHostThatDoesNotExistIsOneSentence() {
        TestSites.Run run = TestSites.kvarter("serve", "--content", TestSites.fixture("sites/basic/content").toString(),
                "--templates", TestSites.templates().toString(), "--port", "0", "--host", "nosuch.invalid", "--lang", "en");
        assertEquals(2, run.exit(), run.err());
        assertEquals("The address nosuch.invalid in --host does not exist. Use 127.0.0.1 (this machine only) or an address"
                + " this machine has.", run.errLines().get(run.errLines().size() - 1));
        assertEquals("", run.out(), "nothing was built");
    }

    @Test
    void aPortInUseIsOneSentenceBeforeAnythingIsBuilt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            TestSites.Run run = TestSites.kvarter("serve", "--content", TestSites.fixture("sites/basic/content").toString(),
                    "--templates", TestSites.templates().toString(), "--port", String.valueOf(port), "--lang", "en");
            assertEquals(2, run.exit(), run.err());
            assertEquals(List.of("Port " + port + " on 127.0.0.1 is already in use by another program."
                    + " Pick another with --port, for example --port " + (port + 1) + ", or --port 0 for a free one."),
                    run.errLines());
            assertEquals("", run.out(), "nothing was built");
            assertFalse(run.err().contains("Exception"));
        }
    }
}
