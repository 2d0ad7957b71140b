package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Near me" and "choose a time" on lists cut into pages (the city-size site's places list and its
 * large area pages): they work over every place of the list, fetched only when the visitor asks,
 * and the result agrees with the open data ({@code api/v1/places.json}: positions and the resolved
 * schedule), a channel of its own. The page after the press passes axe-core.
 */
class WholeListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer city;
    /** The places of the open data, with their positions, areas and schedules. */
    private static JsonNode places;
    private ChromeDriver browser;

    @BeforeAll
    static void serve() throws IOException, InterruptedException {
        Chromium.requireInstalled();
        city = SITES.city();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(city.url("/api/v1/places.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        places = JSON.readTree(response.body());
    }

    @AfterEach
    void desktopAgain() {
        if (browser != null) {
            browser.executeCdpCommand("Emulation.clearGeolocationOverride", Map.of());
            Chromium.emulate(browser, Chromium.WIDTH, "light");
            browser.get("about:blank");
        }
    }

    private void load(String path) {
        browser.get(city.url(path));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** Whether the browser has fetched the list's file of every place. */
    private boolean fetchedWholeList() {
        return (Boolean) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.indexOf('alla-platser.json') >= 0; })");
    }

    /** What a card of the whole list shows: its name, its distance in kilometres (null without one), whether it is shown. */
    private record Card(String name, Double kilometres, boolean shown) {
    }

    /** The whole list's cards, read in one script rather than with a round trip to the browser per card and fact. */
    private List<Card> wholeCards() {
        @SuppressWarnings("unchecked")
        List<List<Object>> rows = (List<List<Object>>) browser.executeScript(
                "return Array.from(document.querySelectorAll('.place-list[data-whole] .card')).map(function (card) {"
                        + " var distance = card.querySelector('.distance');"
                        + " return [card.querySelector('.card-title').innerText.trim(),"
                        + " distance ? distance.innerText : null, card.getClientRects().length > 0]; });");
        return rows.stream().map(row -> new Card((String) row.get(0), row.get(1) == null ? null : kilometres((String) row.get(1)),
                (Boolean) row.get(2))).toList();
    }

    private static double distance(double lat1, double lon1, double lat2, double lon2) {
        double rad = Math.PI / 180;
        double a = Math.pow(Math.sin((lat2 - lat1) * rad / 2), 2)
                + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.pow(Math.sin((lon2 - lon1) * rad / 2), 2);
        return 12742 * Math.asin(Math.sqrt(a));
    }

    /** The kilometres a card's distance line says ("1,2 km från dig"). */
    private static double kilometres(String text) {
        return Double.parseDouble(text.replaceAll("[^0-9,.]", " ").strip().split(" ")[0].replace(',', '.'));
    }

    private static List<String> names(List<Card> cards) {
        return cards.stream().map(Card::name).toList();
    }

    /** Presses "near me" at the position of {@code at} and waits for the whole list, sorted. */
    private List<Card> nearMe(String path, JsonNode at) {
        String origin = city.url("/").replaceAll("/$", "");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", at.get("geo").get("lat").asDouble(),
                "longitude", at.get("geo").get("lon").asDouble(), "accuracy", 10));
        load(path);
        assertFalse(fetchedWholeList(), "the list's places are fetched only when asked for");
        browser.findElement(By.cssSelector(".near-me button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector(".place-list[data-whole] .card .distance")).isEmpty());
        return wholeCards();
    }

    private static List<JsonNode> placesWhere(java.util.function.Predicate<JsonNode> test) {
        List<JsonNode> found = new ArrayList<>();
        places.forEach(place -> {
            if (test.test(place)) {
                found.add(place);
            }
        });
        return found;
    }

    /** The whole list's cards past the tenth: the same markup as the ten before them, left to the first ten's check. */
    private static final String REPEATED_CARDS = ".place-list[data-whole] .cards > :nth-child(n+11)";

    @Test
    void nearMeOnThePagedPlacesListSortsEveryPlaceOfTheListAndPassesAxe() {
        browser = SITES.browser();
        JsonNode here = placesWhere(p -> p.hasNonNull("geo")).get(40);
        List<Card> cards = nearMe("/platser/", here);
        List<Double> shown = cards.stream().map(Card::kilometres).filter(java.util.Objects::nonNull).toList();
        List<String> nearestFive = placesWhere(p -> p.hasNonNull("geo")).stream()
                .sorted(Comparator.comparingDouble(p -> distance(here.get("geo").get("lat").asDouble(),
                        here.get("geo").get("lon").asDouble(), p.get("geo").get("lat").asDouble(), p.get("geo").get("lon").asDouble())))
                .limit(5).map(p -> p.get("name").asText()).toList();
        String status = browser.findElement(By.cssSelector(".near-me .near-status")).getText();
        WebElement back = browser.findElement(By.cssSelector(".place-list[data-whole] p a"));
        Axe.Result axe = Axe.runExcept(browser, REPEATED_CARDS);
        assertAll(
                () -> assertEquals(places.size(), cards.size(), "every place of the list, not the page's twelve"),
                () -> assertEquals(here.get("name").asText(), names(cards).get(0), "the place where the visitor stands"),
                () -> assertEquals(new TreeSet<>(nearestFive), new TreeSet<>(names(cards).subList(0, 5)),
                        "the five nearest by the open data's positions"),
                () -> assertEquals(shown.stream().sorted().toList(), shown, "nearest first"),
                () -> assertEquals(placesWhere(p -> p.hasNonNull("geo")).size(), shown.size(), "a distance on each place with a position"),
                () -> assertEquals("Närmast dig", browser.findElement(By.cssSelector(".place-list[data-whole] h2")).getText()),
                () -> assertTrue(status.startsWith("Ordnade efter avstånd från dig."), status),
                () -> assertFalse(browser.findElement(By.cssSelector("nav.pagination")).isDisplayed(), "the page links step aside"),
                () -> assertTrue(back.getAttribute("href").endsWith("/platser/"), "a way back: " + back.getAttribute("href")),
                () -> assertEquals(List.of(), axe.violations(), "axe-core after the press"));
    }

    @Test
    void nearMeOnALargeAreaPageSortsTheAreasPlacesOfEveryPage() {
        browser = SITES.browser();
        load("/platser/");
        // the area with the most places has a page of its own cut into pages
        Map<String, List<JsonNode>> byArea = new java.util.TreeMap<>();
        places.forEach(p -> byArea.computeIfAbsent(p.get("address").path("area").asText(), a -> new ArrayList<>()).add(p));
        List<JsonNode> largest = byArea.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        JsonNode here = largest.stream().filter(p -> p.hasNonNull("geo")).findFirst().orElseThrow();
        String areaPath = browser.findElements(By.cssSelector("[data-filter=area] a")).stream()
                .filter(a -> a.getAttribute("textContent").equals(here.get("address").get("area").asText()))
                .findFirst().orElseThrow().getAttribute("pathname");
        List<Card> cards = nearMe(areaPath, here);
        assertAll(areaPath,
                () -> assertTrue(largest.size() > 20, "more places than a page holds: " + largest.size()),
                () -> assertEquals(largest.size(), cards.size(), "the area's places, of every page"),
                () -> assertEquals(here.get("name").asText(), names(cards).get(0)));
    }

    /** Whether the open data's schedule has the place open for everyone on {@code date} between {@code from} and {@code to}. */
    private static boolean openBetween(JsonNode place, String date, String from, String to) {
        for (JsonNode day : place.get("openingHours").get("schedule")) {
            if (day.get("date").asText().equals(date) && day.get("status").asText().equals("open")) {
                for (JsonNode open : day.get("open")) {
                    if (!open.has("audience") && open.get("opens").asText().compareTo(to) < 0
                            && open.get("closes").asText().compareTo(from) > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void chooseATimeOnThePagedPlacesListShowsTheOpenPlacesOfEveryPage() {
        // built on Monday 15 June 2026; the browser's clock is past the data, so the week is the build's
        browser = SITES.browser();
        load("/platser/?day=thu&part=afternoon");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !wholeCards().isEmpty()
                && d.findElement(By.id("place-count")).getText().startsWith("Visar"));
        List<String> shown = names(wholeCards().stream().filter(Card::shown).toList());
        List<String> expected = placesWhere(p -> openBetween(p, "2026-06-18", "12:00", "17:00")).stream()
                .map(p -> p.get("name").asText()).toList();
        String status = browser.findElement(By.id("place-count")).getText();
        Axe.Result axe = Axe.runExcept(browser, REPEATED_CARDS);
        assertAll(
                () -> assertTrue(expected.size() > 12, "more open places than a page holds: " + expected.size()),
                () -> assertEquals(new TreeSet<>(expected), new TreeSet<>(shown)),
                () -> assertEquals(expected.size(), shown.size(), "each place once"),
                () -> assertTrue(status.startsWith("Visar " + expected.size() + " av " + places.size() + " platser."), status),
                () -> assertEquals("true", browser.findElement(By.cssSelector("[data-filter=day] a[data-value=thu]"))
                        .getAttribute("aria-current")),
                () -> assertEquals(List.of(), axe.violations(), "axe-core with a time chosen"));
    }
}
