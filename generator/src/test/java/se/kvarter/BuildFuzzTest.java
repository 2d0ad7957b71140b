package se.kvarter;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import se.kvarter.output.MemorySite;

/**
 * Fuzz test of the whole pipeline on one hostile file: a place file of any bytes beside the
 * basic site either builds or gives content errors, and nothing else escapes (see
 * {@code ContentFuzzTest} for how to fuzz for real).
 */
class BuildFuzzTest {

    private static Path content;

    @BeforeAll
    static void site() throws IOException {
        content = TestSites.copy(TestSites.fixture("sites/basic/content"), Files.createTempDirectory("kvarter-fuzz"));
    }

    @FuzzTest(maxDuration = "60s")
    void aPlaceFileOfAnyBytes(FuzzedDataProvider data) throws IOException {
        Files.write(content.resolve("places/fuzz.md"), data.consumeRemainingAsBytes());
        Build.Options options = new Build.Options(content, TestSites.templates(), content.resolveSibling("site"),
                LocalDate.of(2026, 11, 24), false, null);
        new Build(Progress.SILENT, Clock.systemUTC()).run(options, new MemorySite());
    }
}
