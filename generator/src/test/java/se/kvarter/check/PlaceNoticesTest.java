package se.kvarter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * {@code kvarter check} notices, without failing, a place nobody can be asked, hours in the text
 * that the place's hours do not have, and facts checked longer ago than {@code staleAfterDays}.
 */
class PlaceNoticesTest {

    @TempDir
    Path work;

    private static void replace(Path file, String old, String replacement) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(old), old);
        Files.writeString(file, text.replace(old, replacement));
    }

    @Test
    void noticesWithoutFailing() throws IOException {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        Path places = content.resolve("places");
        // prose that says other hours than the facts, and prose hours of a place without hours
        replace(places.resolve("motesplats-varberg.md"), "klockan 9–19", "kl. 9-18");
        replace(places.resolve("motesplats-city.md"), "Mötesplatsen har öppet varje vardag, hela året.",
                "Mötesplatsen har öppet varje vardag 10–16.");
        // a place whose organisation has no contact either
        replace(content.resolve("organizations/stodboendeenheten-g8.yaml"), "email: g8@example.se\n", "");
        replace(content.resolve("organizations/stodboendeenheten-g8.yaml"), "url: https://example.se/stodboendeenheten-g8\n", "");
        replace(places.resolve("mellanrummet.md"), "status: open", "status: open\nlastChecked: 2026-11-30");
        TestSites.Run run = TestSites.kvarter("check", "--content", content.toString(),
                "--templates", TestSites.templates().toString(), "--date", "2026-12-06");
        assertEquals(0, run.exit(), run.err());
        String out = run.err();
        // each notice at the line to change: where the text says the time, the organisation
        // without a contact, the lastChecked field
        assertTrue(out.contains("places/motesplats-varberg.md:43:") && out.contains("\"kl. 9-18\""), out);
        assertTrue(out.contains("places/motesplats-city.md") && out.contains("\"10–16\"") && out.contains("inga hours"), out);
        assertTrue(out.contains("places/kallaren.md:4:15: Notis (inget fel): Platsen har ingen kontaktuppgift"), out);
        assertTrue(out.contains("places/motesplats-hasselby.md:15:14: Notis (inget fel): Uppgifterna kontrollerades senast 2023-05-15"), out);
        // the hours the text shares with the facts, and facts checked a week ago, are fine
        assertFalse(out.contains("\"9–19\""), out);
        assertFalse(out.contains("Uppgifterna kontrollerades senast 2026-11-30"), out);
        assertTrue(run.out().contains("Inga fel"), run.out());
    }
}
