package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * A mistyped value of one of kvarter's own options: one plain sentence in the chosen language
 * naming the option and the value, a hint to --help, exit code 2, and nothing built.
 */
class UsageMistakesTest {

    private static String basic() {
        return TestSites.fixture("sites/basic/content").toString();
    }

    private static String templates() {
        return TestSites.templates().toString();
    }

    /** Runs {@code build} on the basic site into {@code work/out} with the extra arguments. */
    private static TestSites.Run build(Path work, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--content", basic(), "--templates", templates(),
                "--out", work.resolve("out").toString()));
        args.addAll(List.of(extra));
        return TestSites.kvarter(args.toArray(String[]::new));
    }

    private static void assertUsageMistake(TestSites.Run run, String sentence, String hint) {
        assertEquals(2, run.exit(), run.err());
        assertEquals(List.of(sentence, hint), run.errLines());
        assertFalse(run.err().contains("java."), "no Java class names");
        assertEquals("", run.out());
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsAUsageMistakeAndNothingIsBuilt(@TempDir Path work) {
        TestSites.Run run = build(work, "--base-url", "notaurl", "--lang", "en");
        assertUsageMistake(run,
                "The address notaurl in --base-url is not a complete web address. Write it with http:// or https://,"
                        + " for example https://kvarter.example.org/.",
                "Run kvarter build --help to see every option.");
        assertFalse(Files.exists(work.resolve("out")));
        assertEquals(2, build(work, "--base-url", "ftp://example.org/").exit());
        assertEquals(0, build(work, "--base-url", "https://example.org/kvarter", "--quiet").exit());
    }

    @Test
    void anImpossibleDateIsNamedInSwedishByDefault(@TempDir Path work) {
        assertUsageMistake(build(work, "--date", "2026-13-01"),
                "Datumet 2026-13-01 i --date finns inte. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.",
                "Skriv kvarter build --help för att se alla val.");
        assertUsageMistake(build(work, "--date", "24/11/2026"),
                "Datumet 24/11/2026 i --date går inte att läsa. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.",
                "Skriv kvarter build --help för att se alla val.");
    }

    @Test
    void langAfterTheBadOptionStillPicksTheLanguage(@TempDir Path work) {
        assertUsageMistake(build(work, "--date", "2026-02-30", "--lang", "en"),
                "The date 2026-02-30 in --date does not exist. Write it as YYYY-MM-DD, for example 2026-11-24.",
                "Run kvarter build --help to see every option.");
        assertUsageMistake(build(work, "--date", "2026-02-30", "--lang=EN"),
                "The date 2026-02-30 in --date does not exist. Write it as YYYY-MM-DD, for example 2026-11-24.",
                "Run kvarter build --help to see every option.");
    }

    @Test
    void onlySwedishAndEnglishAreLanguagesInAnyCase(@TempDir Path work) {
        assertUsageMistake(build(work, "--lang", "de"),
                "Värdet de i --lang går inte att använda. Välj ett av: sv, en.",
                "Skriv kvarter build --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter("new", "place", "x", "--lang", "english"),
                "Värdet english i --lang går inte att använda. Välj ett av: sv, en.",
                "Skriv kvarter new --help för att se alla val.");
        // Language codes are case-insensitive (BCP 47): EN is English.
        TestSites.Run upper = build(work, "--lang", "EN", "--date", "2026-11-24");
        assertEquals(0, upper.exit(), upper.err());
        assertTrue(upper.out().contains("Built "), upper.out());
    }

    @Test
    void anUnknownFormatListsTheChoices(@TempDir Path work) {
        assertUsageMistake(TestSites.kvarter("check", "--content", basic(), "--templates", templates(),
                        "--format", "xml", "--lang", "en"),
                "The value xml in --format cannot be used. Choose one of: text, github, json.",
                "Run kvarter check --help to see every option.");
    }

    @Test
    void aPortOutOfRangeIsAUsageMistakeBeforeAnythingIsBuilt() {
        assertUsageMistake(TestSites.kvarter("serve", "--content", basic(), "--templates", templates(),
                        "--port", "99999", "--lang", "en"),
                "The port 99999 in --port cannot be used. Give a number from 0 to 65535 (0 picks a free one).",
                "Run kvarter serve --help to see every option.");
        assertEquals(2, TestSites.kvarter("serve", "--port", "http").exit());
    }

    @Test
    void anUnknownOptionIsNamedWithPicocliGuessAndNothingIsBuilt(@TempDir Path work) {
        assertUsageMistake(build(work, "--dat", "2026-11-24"),
                "Valet --dat finns inte för kvarter build. Menade du --date?",
                "Skriv kvarter build --help för att se alla val.");
        assertFalse(Files.exists(work.resolve("out")));
        assertUsageMistake(build(work, "--no-such-option", "--lang", "en"),
                "kvarter build has no option --no-such-option.",
                "Run kvarter build --help to see every option.");
        assertUsageMistake(build(work, "extra"),
                "kvarter build förstår inte extra.",
                "Skriv kvarter build --help för att se alla val.");
    }

    @Test
    void anUnknownOrMissingCommandListsTheCommands() {
        assertUsageMistake(TestSites.kvarter("bild"),
                "Kommandot bild finns inte. Kommandona är: build, serve, check, new, diff, help. Menade du build?",
                "Skriv kvarter --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter(),
                "Ange ett kommando: build, serve, check, new, diff, help. Till exempel kvarter build.",
                "Skriv kvarter --help för att se alla val.");
    }

    @Test
    void anUnknownCommandWithHelpIsStillAnUnknownCommand() {
        // picocli let the unknown word pass because --help was there, and printed kvarter's help
        assertUsageMistake(TestSites.kvarter("difff", "--help"),
                "Kommandot difff finns inte. Kommandona är: build, serve, check, new, diff, help. Menade du diff?",
                "Skriv kvarter --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter("--lang", "en", "difff", "--help"),
                "There is no command difff. The commands are: build, serve, check, new, diff, help. Did you mean diff?",
                "Run kvarter --help to see every option.");
        assertUsageMistake(TestSites.kvarter("-h", "publicera", "--lang=en"),
                "There is no command publicera. The commands are: build, serve, check, new, diff, help."
                        + " Did you mean serve?",
                "Run kvarter --help to see every option.");
        assertUsageMistake(TestSites.kvarter("help", "difff"),
                "Kommandot difff finns inte. Kommandona är: build, serve, check, new, diff, help. Menade du diff?",
                "Skriv kvarter --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter("build", "--help", "--no-such-option", "--lang", "en"),
                "kvarter build has no option --no-such-option.",
                "Run kvarter build --help to see every option.");
    }

    @Test
    void aMissingValueOrArgumentIsNamed(@TempDir Path work) {
        assertUsageMistake(build(work, "--date"),
                "Valet --date behöver ett värde (YYYY-MM-DD).",
                "Skriv kvarter build --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter("new", "place", "--lang", "en"),
                "ID is missing after kvarter new.",
                "Run kvarter new --help to see every option.");
    }

    @Test
    void newNamesTheKindsAndAnswersASwedishWordWithTheKindItMeans() {
        assertUsageMistake(TestSites.kvarter("new", "sak", "x"),
                "kvarter new kan inte skapa sak. Välj ett av: place, event, news, page.",
                "Skriv kvarter new --help för att se alla val.");
        assertUsageMistake(TestSites.kvarter("new", "Plats", "kallaren", "--lang", "en"),
                "The kind is written in English, as the content folders are: place instead of Plats.",
                "Run kvarter new --help to see every option.");
    }
}
