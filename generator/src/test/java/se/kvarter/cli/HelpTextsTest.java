package se.kvarter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.kvarter.TestSites;

/** {@code --help} in the language of {@code --lang}, wherever it is written; Swedish by default. */
class HelpTextsTest {

    private static final String[] FILES = {"help.properties", "help_en.properties"};

    private static void assertHelp(TestSites.Run run, String... parts) {
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        for (String part : parts) {
            assertTrue(run.out().contains(part), "missing \"" + part + "\" in:\n" + run.out());
        }
    }

    @Test
    void kvartersHelpIsSwedishByDefaultAndEnglishWithLangEnAnywhere() {
        TestSites.Run swedish = TestSites.kvarter("--help");
        assertHelp(swedish, "Användning: kvarter [-hqvV] [--lang=sv|en] [KOMMANDO]", "Flaggor:", "Kommandon:",
                "Publicerar hubbar och mötesplatser", "Visa den här hjälpen och avsluta.", "  diff   Jämför två byggda");
        assertFalse(swedish.out().contains("Show this help"), swedish.out());
        assertFalse(swedish.out().contains("Usage:"), swedish.out());
        for (String[] args : List.of(new String[] {"--lang", "en", "--help"}, new String[] {"--help", "--lang=en"},
                new String[] {"--lang", "en", "help"})) {
            TestSites.Run english = TestSites.kvarter(args);
            assertHelp(english, "Usage: kvarter [-hqvV] [--lang=sv|en] [COMMAND]", "Options:", "Commands:",
                    "Publishes hubs and meeting places", "Show this help message and exit.");
            assertFalse(english.out().contains("Flaggor"), english.out());
        }
    }

    @Test
    void aCommandsHelpFollowsLangBeforeOrAfterTheCommand() {
        assertHelp(TestSites.kvarter("build", "--help"), "Användning: kvarter build", "Bygger webbplatsen av innehållet",
                "Innehållsmappen (standard: content).", "Utmappen, som ersätts i sin helhet");
        for (String[] args : List.of(new String[] {"build", "--help", "--lang", "en"},
                new String[] {"--lang", "en", "build", "--help"}, new String[] {"--lang", "en", "help", "build"})) {
            TestSites.Run english = TestSites.kvarter(args);
            assertHelp(english, "Usage: kvarter build", "Build the site from the content and templates",
                    "The content folder (default: content).", "Options:");
            assertFalse(english.out().contains("Innehållsmappen"), english.out());
        }
        assertHelp(TestSites.kvarter("new", "--help"), "Argument:", "Vad som ska skapas.");
        assertHelp(TestSites.kvarter("diff", "--help", "--lang", "en"), "Arguments:", "OLD", "NEW",
                "text (default) or markdown");
    }

    /** Every command, option and argument of every command has its text in both languages. */
    @Test
    void everyCommandAndOptionHasATextInBothLanguages() {
        Properties swedish = load(FILES[0]);
        Properties english = load(FILES[1]);
        assertEquals(new TreeSet<>(swedish.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                "the two files have the same keys");
        CommandLine line = KvarterCommand.commandLine(new PrintStream(PrintStream.nullOutputStream()),
                new PrintStream(PrintStream.nullOutputStream()));
        List<String> missing = new ArrayList<>();
        walk(line.getCommandSpec(), swedish, missing);
        assertEquals(List.of(), missing, "no text in help.properties for");
        assertTrue(line.getSubcommands().keySet().containsAll(List.of("build", "serve", "check", "new", "diff", "help")));
    }

    private static void walk(CommandSpec command, Properties texts, List<String> missing) {
        String prefix = command.qualifiedName(".") + ".";
        if (!texts.containsKey(prefix + "usage.description") && !texts.containsKey(prefix + "usage.header")) {
            missing.add(prefix + "usage.description");
        }
        List<ArgSpec> args = new ArrayList<>(command.options());
        args.addAll(command.positionalParameters());
        for (ArgSpec arg : args) {
            String key = arg.descriptionKey();
            if (key == null || key.isEmpty()) {
                // picocli's key for an option without one: its longest name without the dashes
                key = arg instanceof OptionSpec option ? option.longestName().replaceFirst("^-+", "")
                        : "(positional " + arg.paramLabel() + " of " + command.qualifiedName() + " needs a descriptionKey)";
            }
            if (!texts.containsKey(prefix + key) && !texts.containsKey(key)) {
                missing.add(key);
            }
        }
        command.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), texts, missing));
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = HelpTextsTest.class.getResourceAsStream("/se/kvarter/cli/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
