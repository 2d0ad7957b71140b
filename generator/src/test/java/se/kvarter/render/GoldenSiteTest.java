package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The pages of the fixture site {@code complete} (every page kind, a translation, drafts,
 * scheduled and expired news, seasons, exceptions, holidays) compared byte for byte with
 * {@code src/test/resources/golden/complete/} at a fixed date. After an intended change,
 * regenerate with {@code mvn verify -Dgolden.update=true} and review the diff in git.
 */
class GoldenSiteTest {

    private static final Path GOLDEN = TestSites.root().resolve("generator/src/test/resources/golden/complete");
    private static final String MANIFEST = "_files.txt";

    @Test
    void pagesMatchTheGoldenFiles(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        SortedMap<String, byte[]> built = TestSites.snapshot(out);
        String manifest = String.join("\n", built.keySet()) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            update(built, manifest);
            return;
        }
        assertEquals(Files.readString(GOLDEN.resolve(MANIFEST)), manifest, "the list of files");
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            if (isCompared(file.getKey())) {
                String expected = Files.readString(GOLDEN.resolve(file.getKey()), StandardCharsets.UTF_8);
                if (!expected.equals(new String(file.getValue(), StandardCharsets.UTF_8))) {
                    differing.add(file.getKey());
                }
            }
        }
        assertEquals(List.of(), differing, "pages that differ from the golden files (-Dgolden.update=true regenerates)");
    }

    /** Pages are compared; copied files (assets, attachments) only need to be there. */
    private static boolean isCompared(String path) {
        return path.endsWith(".html");
    }

    private static void update(SortedMap<String, byte[]> built, String manifest) throws IOException {
        if (Files.exists(GOLDEN)) {
            TestSites.deleteTree(GOLDEN);
        }
        Files.createDirectories(GOLDEN);
        Files.writeString(GOLDEN.resolve(MANIFEST), manifest);
        for (Map.Entry<String, byte[]> file : built.entrySet()) {
            if (isCompared(file.getKey())) {
                Path target = GOLDEN.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
    }
}
