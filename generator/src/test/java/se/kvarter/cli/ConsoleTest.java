package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.Build;
import se.kvarter.source.Messages;

/** The last line of a build, the same for {@code build} and each rebuild of {@code serve}. */
class ConsoleTest {

    private static final Build.Result RESULT = new Build.Result(List.of(), 1234, 8, Duration.ofMillis(840));

    private static String done(String lang, Path folder) {
        StringWriter text = new StringWriter();
        new Console(Messages.forLanguage(lang), new PrintWriter(text, true), false).done(RESULT, folder);
        return text.toString().strip();
    }

    @Test
    void aBuildToAFolderEndsWithAnArrowToIt() {
        assertEquals("Built 1,234 pages, 8 feeds in 0.84 s -> site/", done("en", Path.of("site")));
        assertEquals("Byggde 1\u00a0234 sidor och 8 flöden på 0,84 s -> site/", done("sv", Path.of("site")));
    }

    @Test
    void aBuildThatStaysInMemorySaysTheSameWithoutTheArrow() {
        assertEquals("Built 1,234 pages, 8 feeds in 0.84 s.", done("en", null));
        assertEquals("Byggde 1\u00a0234 sidor och 8 flöden på 0,84 s.", done("sv", null));
    }
}
