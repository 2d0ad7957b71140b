package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A translation translates texts, also those inside the opening hours (a rule's note), while the
 * days and times stay the original's: the English page shows the English note and the same hours.
 * (Translations that try to change facts are refused: the fixtures translation.not-translatable
 * and translation.facts-differ.)
 */
class TranslationTextsTest {

    /** The opening times in this week's table. */
    private static List<String> times(Document page) {
        return page.select("table.hours td").eachText().stream()
                .flatMap(text -> Pattern.compile("\\d\\d:\\d\\d–\\d\\d:\\d\\d").matcher(text).results())
                .map(MatchResult::group).toList();
    }

    /**
     * Builds the basic site with one change to the place's Swedish file and an English
     * translation of it, and returns the built site.
     */
    private static Path build(Path work, String find, String replacement, String english) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Path original = content.resolve("places/testplats.md");
        Files.writeString(original, Files.readString(original).replace(find, replacement));
        Files.writeString(content.resolve("places/testplats.en.md"), english);
        Path out = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        return out;
    }

    @Test
    void aTranslationMayRepeatTheHoursToTranslateTheirNotes(@TempDir Path work) throws IOException {
        Path out = build(work, "    time: 09:00-17:00\n", "    time: 09:00-17:00\n    note: Drop in, ingen tidsbokning\n", """
                ---
                name: The Test Place
                hours:
                  - days: mo-fr
                    time: "09:00-17:00"
                    note: Drop in, no appointment needed
                accessibility:
                  notes: Step-free entrance from the square.
                ---
                """);
        Document english = Jsoup.parse(Files.readString(out.resolve("en/platser/testplats/index.html")));
        Document swedish = Jsoup.parse(Files.readString(out.resolve("platser/testplats/index.html")));
        assertTrue(english.text().contains("Drop in, no appointment needed"), "the translated note");
        assertFalse(english.text().contains("ingen tidsbokning"));
        assertTrue(swedish.text().contains("Drop in, ingen tidsbokning"));
        assertTrue(english.text().contains("Step-free entrance from the square."));
        assertEquals(List.of("09:00–17:00", "09:00–17:00", "09:00–17:00", "09:00–17:00", "09:00–17:00"), times(swedish));
        assertEquals(times(swedish), times(english), "the same hours in both languages");
    }

    @Test
    void aPartialTranslationMarksTheTextsItLeavesInSwedish(@TempDir Path work) throws IOException {
        Path out = build(work, "  entrance: step-free\n", "  entrance: step-free\n  notes: Ingången ligger vid torget.\n", """
                ---
                summary: A place to test with.
                ---
                """);
        Document english = Jsoup.parse(Files.readString(out.resolve("en/platser/testplats/index.html")));
        assertEquals("sv", english.selectFirst("h1").attr("lang"), "the name is the Swedish one");
        assertEquals("", english.selectFirst("main .lead").attr("lang"), "the summary is translated");
        assertEquals("sv", english.selectFirst("main .prose").attr("lang"), "the description is not");
        assertEquals("sv", english.getElementsContainingOwnText("Ingången ligger vid torget.").first().attr("lang"),
                "nor are the accessibility notes");
    }

    @Test
    void aReasonForChangedHoursIsMarkedSwedishUntilTheTranslationRepeatsItsException(@TempDir Path work)
            throws IOException {
        String exception = "    time: 09:00-17:00\nexceptions:\n  - date: 2026-11-24\n    closed: true\n"
                + "    reason: Personalmöte\n";
        Path out = build(work, "    time: 09:00-17:00\n", exception, "---\nname: The Test Place\n---\n");
        Document english = Jsoup.parse(Files.readString(out.resolve("en/platser/testplats/index.html")));
        for (String where : List.of(".today bdi", "table.hours bdi", "main li bdi")) {
            assertEquals("sv", english.selectFirst(where).attr("lang"), where);
            assertEquals("Personalmöte", english.selectFirst(where).text(), where);
        }
        Document list = Jsoup.parse(Files.readString(out.resolve("en/platser/index.html")));
        assertEquals("sv", list.selectFirst(".today bdi").attr("lang"), "on the card in lists too");

        Path translated = build(work.resolve("translated"), "    time: 09:00-17:00\n", exception, """
                ---
                name: The Test Place
                exceptions:
                  - date: 2026-11-24
                    closed: true
                    reason: Staff meeting
                ---
                """);
        english = Jsoup.parse(Files.readString(translated.resolve("en/platser/testplats/index.html")));
        assertEquals("Closed today (Staff meeting)", english.selectFirst(".today").text());
        assertFalse(english.selectFirst(".today bdi").hasAttr("lang"), "the reason is translated");
    }
}
