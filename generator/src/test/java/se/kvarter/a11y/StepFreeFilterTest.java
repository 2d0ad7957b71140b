package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The places list has a filter for step-free entrances: a static page (so it works without
 * JavaScript) at {@code /platser/tillganglig-entre/} with the places one gets into without steps,
 * by a ramp or by a lift, and not those closed for good.
 */
class StepFreeFilterTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/complete/content"), work.resolve("content"));
        place(content, "rampen", "Rampen", "open", "ramp");
        place(content, "hissen", "Hissen", "temporarily-closed", "lift");
        place(content, "stangda-hallen", "Stängda hallen", "closed", "step-free");
        place(content, "okanda", "Okända", "open", "unknown");
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", BuiltSite.DATE, "--quiet");
        assertEquals(0, run.exit(), run.err());
    }

    private static void place(Path content, String id, String name, String status, String entrance) throws IOException {
        Files.writeString(content.resolve("places/" + id + ".md"), "---\nname: " + name + "\ntype: meeting-place\nstatus: "
                + status + "\naddress:\n  city: Göteborg\naccessibility:\n  entrance: " + entrance + "\n---\n");
    }

    @Test
    void thePlacesListLinksToTheFilterWithItsCount() {
        Element sv = Pages.read(site.resolve("platser/index.html")).selectFirst("main a[href=/kvarter/platser/tillganglig-entre/]");
        Element en = Pages.read(site.resolve("en/platser/index.html")).selectFirst("main a[href=/kvarter/en/platser/tillganglig-entre/]");
        assertNotNull(sv);
        assertNotNull(en);
        assertEquals("Entré utan trappsteg (3)", sv.text());
        assertEquals("Step-free entrance (3)", en.text());
    }

    @Test
    void theFilterListsStepFreeRampAndLiftEntrancesButNoPlaceClosedForGood() {
        Document sv = Pages.read(site.resolve("platser/tillganglig-entre/index.html"));
        assertAll(
                () -> assertEquals("Platser med entré utan trappsteg", sv.selectFirst("h1").text()),
                () -> assertEquals(List.of("Hissen", "Hubben", "Rampen"), sv.select("main .card-title").eachText()),
                () -> assertEquals(List.of("Entré: Med hiss", "Entré: Utan trappsteg", "Entré: Med ramp"),
                        sv.select("main .access-line").eachText(), "the entrance in words on every card"),
                () -> assertEquals(List.of("Tillfälligt stängt"), sv.select("main .status").eachText()),
                () -> assertEquals(List.of("Start", "Platser"), sv.select(".breadcrumbs a").eachText()));
    }

    @Test
    void theFilterIsInEveryLanguage() {
        Document en = Pages.read(site.resolve("en/platser/tillganglig-entre/index.html"));
        assertEquals("Places with a step-free entrance", en.selectFirst("h1").text());
        assertEquals(3, en.select("main .card").size());
    }
}
