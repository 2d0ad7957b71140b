package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker that {@link NuCheckerTest} trusts still tells a valid page from an invalid one, with
 * the libraries it is given (its class loader is put together by hand, so a library left out or
 * swapped for another would otherwise only show as a checker that finds nothing).
 */
class NuCheckerSelfTest {

    @TempDir
    Path work;

    /** One checker for both tests: setting up its schemas is most of its cost. */
    private static NuChecker checker;

    @BeforeAll
    static void start() {
        checker = NuChecker.start(true);
    }

    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>Träffpunkten</title></head>
            <body>
            <main><h1>Träffpunkten</h1>
            <p>Öppet måndag till fredag. Välkommen in på en kopp kaffe och ett samtal.</p></main>
            </body>
            </html>
            """;

    /** No title, an id used twice (line 6) and an attribute that HTML does not have (line 7). */
    private static final String INVALID = """
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"></head>
            <body>
            <main><h1 id="a">Träffpunkten</h1>
            <p id="a">Öppet måndag till fredag.</p>
            <p colour="red">Välkommen in.</p></main>
            </body>
            </html>
            """;

    @Test
    void aValidPageHasNoError() throws IOException {
        List<NuChecker.Message> messages = checker.check(write("valid.html", VALID), "valid.html");
        assertEquals(List.of(), messages.stream().filter(NuChecker.Message::error).toList());
    }

    @Test
    void anInvalidPageHasItsErrorsAtTheirLines() throws IOException {
        List<NuChecker.Message> errors = checker.check(write("invalid.html", INVALID), "invalid.html")
                .stream().filter(NuChecker.Message::error).toList();
        assertTrue(errors.stream().anyMatch(m -> m.line() == 3 && m.text().contains("title")),
                () -> "no error for the missing title: " + errors);
        assertTrue(errors.stream().anyMatch(m -> m.line() == 6 && m.text().contains("Duplicate ID")),
                () -> "no error for the duplicate id: " + errors);
        assertTrue(errors.stream().anyMatch(m -> m.line() == 7 && m.text().contains("colour")),
                () -> "no error for the unknown attribute: " + errors);
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(work.resolve(name), html);
    }
}
