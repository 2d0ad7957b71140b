package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * What the "near me" and "choose a time" scripts read, as the build writes it: the places' positions
 * on the cards of complete lists, the button rendered by the build, the time choices hidden until
 * the script shows them, and the windows of each day and part of the day in the zone's own time
 * (built on the day after the clocks go forward, so that the first day has 23 hours).
 */
class NearMeAndTimeMarkupTest {

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        // Monday 29 March 2027: the data starts on Sunday 28 March, when Stockholm's clocks go from 02:00 to 03:00
        TestSites.buildExample(site, "2027-03-29");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private static Element card(Document page, String name) {
        return page.select("main .card").stream()
                .filter(c -> c.selectFirst(".card-title").text().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void completeListsCarryPositionsAndTheButtonAndListsWithoutPositionsDoNot() throws IOException {
        Document places = page("platser/index.html");
        Document bergsjon = page("omraden/bergsjon/index.html");
        Document sodermalm = page("omraden/sodermalm/index.html");
        Element hub = card(places, "Framtidshubben Bergsjön");
        Element near = places.selectFirst("main p.near-me");
        Element button = places.selectFirst("main p.near-me > button[type=button]");
        assertAll(
                () -> assertEquals("57.7543", hub.attr("data-lat")),
                () -> assertEquals("12.0707", hub.attr("data-lon")),
                () -> assertFalse(card(places, "Källaren").hasAttr("data-lat"), "a place without a position"),
                () -> assertNotNull(button, "the build renders the button"),
                () -> assertEquals("Visa närmast mig först", button.text()),
                () -> assertEquals("status", places.selectFirst(".near-me .near-status").attr("role")),
                () -> assertTrue(places.selectFirst(".near-me").elementSiblingIndex()
                        < places.selectFirst(".place-list").elementSiblingIndex(), "before the list"),
                () -> assertEquals("sv", near.attr("data-lang")),
                () -> assertEquals("{distance} från dig", near.attr("data-distance")),
                () -> assertNotNull(places.selectFirst("script[src$=list.js]")),
                () -> assertNull(places.selectFirst("script[src$=near-sort.js]"), "the sorting comes only on a press"),
                () -> assertNull(places.selectFirst("script[src$=filter.js]"), "the filters' script comes on first use"),
                () -> assertEquals("57.7543", card(bergsjon, "Framtidshubben Bergsjön").attr("data-lat")),
                () -> assertNotNull(bergsjon.selectFirst("script[src$=list.js]")),
                () -> assertNull(sodermalm.selectFirst(".near-me"), "no place in the area has a position"),
                () -> assertNull(sodermalm.selectFirst("script[src$=list.js]")),
                () -> assertTrue(page("platser/malgrupp/adults/index.html").select("[data-lat]").isEmpty(),
                        "other lists stay light"));
    }

    @Test
    void theTimeChoicesAreHiddenWithoutTheScriptAndTheirLinksKeepTheChoiceInTheAddress() throws IOException {
        Document places = page("platser/index.html");
        Element time = places.selectFirst("details.place-filter .time-filter");
        List<String> days = time.select("[data-filter=day] a").eachAttr("data-value");
        List<String> parts = time.select("[data-filter=part] a").eachText();
        List<String> hours = time.select("[data-filter=part] a").eachAttr("data-hours");
        assertAll(
                () -> assertTrue(time.hasAttr("hidden")),
                () -> assertEquals(List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun"), days),
                () -> assertEquals("Måndag", time.selectFirst("[data-filter=day] a").text()),
                () -> assertEquals("?day=sat", time.selectFirst("a[data-value=sat]").attr("href")),
                () -> assertEquals(List.of("Förmiddag 6–12", "Eftermiddag 12–17", "Kväll 17–23"), parts),
                () -> assertEquals("?part=evening", time.selectFirst("a[data-value=evening]").attr("href")),
                () -> assertEquals(List.of("6-12", "12-17", "17-23"), hours, "the hours of PartOfDay, written once"));
    }

    @Test
    void theDayStartsAreInTheZonesTimeOnTheScaleOfTheHoursData() throws IOException {
        Document places = page("platser/index.html");
        Element time = places.selectFirst(".time-filter");
        List<String> days = List.of(time.attr("data-days").split(" "));
        assertAll(
                () -> assertEquals(places.selectFirst("script[src$=hours.js]").attr("data-from"), time.attr("data-from"),
                        "the same origin as the open-now data"),
                // Sunday 28 March has 23 hours: Monday starts 1380 minutes after it; then whole days,
                // the day before the build date, the eight the data covers, and the end of the last
                () -> assertEquals(List.of("7", "0", "1380", "2820", "4260", "5700", "7140", "8580", "10020", "11460", "12900"),
                        days));
    }
}
