package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A place that is not open (temporarily closed, closed for good) is in no "open today" list,
 * whatever hours it has written for when it opens again: the complete fixture site, with a
 * temporarily closed place and a closed place beside it whose hours would open them every day,
 * and an open place that is open on the reference date, so that the lists are not empty anyway.
 */
class OpenTodayListsTest {

    private static final String HOURS = "hours:\n  - days: mo-su\n    time: 08:00-20:00\nholidays: open\n";

    @Test
    void closedAndTemporarilyClosedPlacesAreOnNoOpenTodayList(@TempDir Path work) throws IOException {
        Path content = work.resolve("content");
        copy(TestSites.fixture("sites/complete/content"), content);
        Path places = content.resolve("places");
        Files.writeString(places.resolve("pausad.md"), "---\nname: Pausade platsen\ntype: meeting-place\n"
                + "status: temporarily-closed\nsummary: Stängt under ombyggnad.\naddress:\n  city: Göteborg\n"
                + HOURS + "accessibility:\n  entrance: unknown\n---\n");
        Files.writeString(places.resolve("stangd.md"), "---\nname: Stängda platsen\ntype: meeting-place\n"
                + "status: closed\nsummary: Har stängt.\naddress:\n  city: Göteborg\n"
                + HOURS + "accessibility:\n  entrance: unknown\n---\n");
        Files.writeString(places.resolve("oppen.md"), "---\nname: Öppna platsen\ntype: meeting-place\n"
                + "summary: Öppet varje dag.\naddress:\n  city: Göteborg\n"
                + HOURS + "accessibility:\n  entrance: unknown\n---\n");
        Path site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());

        List<String> filterPage = cardTitles(Jsoup.parse(site.resolve("platser/oppet-idag/index.html").toFile()).select("main"));
        List<String> startPage = cardTitles(Jsoup.parse(site.resolve("index.html").toFile())
                .select("section[aria-labelledby=oppet-idag]"));
        Document closedPage = Jsoup.parse(site.resolve("platser/pausad/index.html").toFile());
        assertAll(
                () -> assertEquals(List.of("Öppna platsen"), filterPage),
                () -> assertEquals(List.of("Öppna platsen"), startPage),
                // the place's own page says it is temporarily closed and carries no data for "open now"
                () -> assertTrue(closedPage.select("[data-open]").isEmpty()),
                () -> assertTrue(closedPage.select("main").text().contains("tillfälligt stängd"), closedPage.select("main").text()));
    }

    private static List<String> cardTitles(org.jsoup.select.Elements scope) {
        return scope.select(".card-title").eachText();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
