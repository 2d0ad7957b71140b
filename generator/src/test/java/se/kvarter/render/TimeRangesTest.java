package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A time range never breaks between its two times ("13:00–" at the end of one line, "17:00" at the
 * start of the next, which on a 360 px phone read as two times): in every page of the example site
 * and of the fixture site with every page kind (cards, open-today lists, place pages, posters,
 * events), each range is the whole text of a {@code span.range}, which the stylesheet keeps on
 * one line.
 */
class TimeRangesTest {

    /** A range as any edition might write it: hours and minutes with a colon or a dot, an en dash or a hyphen. */
    private static final Pattern RANGE = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s?[–-]\\s?\\d{1,2}[:.]\\d{2}");

    @TempDir
    static Path work;

    /** Each range in the body of the pages of {@code site} that is not alone in a span.range, with its page. */
    private static List<String> loose(Path site) throws IOException {
        List<String> loose = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : page.body().select("*:not(script):not(style)")) {
                    for (TextNode text : element.textNodes()) {
                        Matcher range = RANGE.matcher(text.getWholeText());
                        while (range.find()) {
                            boolean alone = element.tagName().equals("span") && element.hasClass("range")
                                    && text.getWholeText().equals(range.group());
                            if (!alone) {
                                loose.add(site.relativize(file) + ": " + range.group() + " in <" + element.tagName()
                                        + "> " + element.text());
                            }
                        }
                    }
                }
            }
        }
        return loose;
    }

    /** How many ranges the pages of {@code site} show, each in its span. */
    private static long kept(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            long count = 0;
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                count += Jsoup.parse(file.toFile(), "UTF-8").select("span.range").size();
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyRangeOfTheExampleSiteIsKeptOnOneLine() throws IOException {
        Path site = TestSites.buildExample(work.resolve("example"), "2026-11-24");
        String css = Files.readString(site.resolve("assets/style.css"));
        assertEquals(List.of(), loose(site));
        assertTrue(kept(site) > 100, "ranges on cards, place pages, posters and events: " + kept(site));
        assertTrue(css.contains(".range{white-space:nowrap}"), "the stylesheet keeps a range on one line");
    }

    @Test
    void everyRangeOfEveryPageKindIsKeptOnOneLine() throws IOException {
        Path site = work.resolve("complete");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/complete/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24", "--quiet");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(), loose(site));
    }
}
