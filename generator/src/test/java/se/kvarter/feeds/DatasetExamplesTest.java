package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.TestSites;
import se.kvarter.output.MemorySite;

/**
 * The open-data page shows how each file starts. The examples are made from the first entries
 * only (the whole file is not made twice); they must still be the first lines of the real file,
 * on a site with more entries than an example has lines.
 */
class DatasetExamplesTest {

    @TempDir
    Path work;

    @Test
    void examplesAreTheFirstLinesOfTheFilesOfALargeSite() throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        String place = Files.readString(content.resolve("places/framtidshubben-bergsjon.md"));
        String article = Files.readString(content.resolve("news/2023-02-23-framtidshubben-oppnar-i-bergsjon.md"));
        for (int i = 10; i < 40; i++) {
            Files.writeString(content.resolve("places/hubb-" + i + ".md"),
                    place.replace("lat: 57.7543", "lat: 57.7" + i), StandardCharsets.UTF_8);
            String date = String.format("2024-03-%02d", i - 9);
            Files.writeString(content.resolve("news/" + date + "-nyhet-" + i + ".md"),
                    article.replace("date: 2023-02-23", "date: " + date), StandardCharsets.UTF_8);
        }
        MemorySite site = new MemorySite();
        Build.Result result = new Build(Progress.SILENT, Clock.systemUTC()).run(new Build.Options(content,
                TestSites.templates(), work.resolve("site"), LocalDate.of(2026, 11, 24), false, null), site);
        assertTrue(result.succeeded(), result.errors().toString());

        List<String> examples = Jsoup.parse(text(site, "oppna-data/index.html")).select("pre.example code").stream()
                .map(Element::wholeText).toList();
        for (String file : List.of("api/v1/places.geojson", "nyheter/feed.atom", "nyheter/feed.json", "api/v1/news.json",
                "api/v1/places.json")) {
            String expected = OpenDataWriter.excerpt(text(site, file));
            assertTrue(expected.endsWith("…"), file + " is longer than its example");
            assertEquals(1, examples.stream().filter(expected::equals).count(),
                    file + " starts as\n" + expected + "\nbut the examples are\n" + String.join("\n\n", examples));
        }
    }

    private static String text(MemorySite site, String path) {
        return new String(site.find(path).orElseThrow(() -> new AssertionError("no " + path)), StandardCharsets.UTF_8);
    }
}
