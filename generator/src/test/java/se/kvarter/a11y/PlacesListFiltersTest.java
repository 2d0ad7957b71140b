package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The places list on a phone, at the example's size and a city's: the first place shows on the
 * first screen, the one set of filters moves nothing when the page loads (layout shift measured by
 * Chromium), and with JavaScript its links filter the list in place with the choice in the address.
 */
class PlacesListFiltersTest {

    /** A common phone's viewport in CSS pixels. */
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    /**
     * Sums the page's layout shifts not caused by input, as Core Web Vitals' CLS does (one session
     * window suffices for a page this short). Entries still queued for the observer's callback are
     * taken when the sum is read.
     */
    private static final String SHIFTS = "(function () { var total = 0;"
            + " function add(entries) { entries.forEach(function (e) { if (!e.hadRecentInput) { total += e.value; } }); }"
            + " var observer = new PerformanceObserver(function (list) { add(list.getEntries()); });"
            + " observer.observe({ type: 'layout-shift', buffered: true });"
            + " window.kvarterLayoutShift = function () { add(observer.takeRecords()); return total; }; }());";

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer exampleServer;
    private static SiteServer cityServer;
    private ChromeDriver browser;
    /** The script this test added to every page the browser opens, taken away after it. */
    private String added;

    @BeforeAll
    static void buildAndServe() {
        Chromium.requireInstalled();
        exampleServer = SITES.server(SITES.example());
        cityServer = SITES.city();
    }

    /** The shared browsers go back to the desktop, without the layout shift script. */
    @AfterEach
    void desktopAgain() {
        if (added != null) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added));
            added = null;
        }
        if (browser != null) {
            desktop(browser);
        }
        browser = null;
    }

    private static void onAPhone(ChromeDriver shared) {
        shared.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void desktop(ChromeDriver shared) {
        Chromium.emulate(shared, Chromium.WIDTH, "light");
        shared.get("about:blank");
    }

    private ChromeDriver phone(boolean javaScript) {
        browser = javaScript ? SITES.browser() : SITES.scriptlessBrowser();
        onAPhone(browser);
        if (javaScript) {
            added = String.valueOf(browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SHIFTS))
                    .get("identifier"));
        }
        return browser;
    }

    private void load(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "complete".equals(
                ((ChromeDriver) d).executeScript("return document.readyState")));
    }

    /** The layout shift so far, read after two frames so that the last paint's shifts are reported. */
    private double layoutShift() {
        Object value = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(window.kvarterLayoutShift()); }); });");
        return ((Number) value).doubleValue();
    }

    private double top(String selector) {
        return ((Number) browser.executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().top", selector)).doubleValue();
    }

    /** Where the first place card starts on a phone without JavaScript: where the build put it. */
    private static double firstCardWithoutScripts(String url) {
        ChromeDriver plain = SITES.scriptlessBrowser();
        try {
            onAPhone(plain);
            plain.get(url);
            return ((Number) plain.executeScript(
                    "return document.querySelector('main .card').getBoundingClientRect().top")).doubleValue();
        } finally {
            desktop(plain);
        }
    }

    @Test
    void onAPhoneTheFirstPlaceIsOnTheFirstScreenAndNothingMoves() {
        phone(true);
        for (SiteServer server : List.of(exampleServer, cityServer)) {
            String where = server.url("/platser/");
            double built = firstCardWithoutScripts(where);
            load(where);
            double heading = top("main h1");
            double card = top("main .card");
            // Chromium reports the shifts after its first paint; a script that adds something above
            // the list before that paint also moves the card from where the build put it
            double shift = layoutShift();
            assertAll(where,
                    () -> assertTrue(heading < card && card < PHONE_HEIGHT,
                            "the first card starts at " + card + " px, the screen is " + PHONE_HEIGHT + " px tall"),
                    () -> assertTrue(shift < 0.1, "cumulative layout shift " + shift),
                    () -> assertEquals(built, card, 0.5, "the scripts move the first card"),
                    () -> assertEquals(1, browser.findElements(By.cssSelector("main [data-filter=area]")).size(),
                            "one set of filters"));
        }
    }

    private List<WebElement> visibleCards() {
        return browser.findElements(By.cssSelector(".place-list .card")).stream().filter(WebElement::isDisplayed).toList();
    }

    private int staticCount(String path) {
        load(exampleServer.url(path));
        return browser.findElements(By.cssSelector("main .card")).size();
    }

    private void choose(String group, String value) {
        WebElement filters = browser.findElement(By.cssSelector("details.place-filter"));
        if (filters.getAttribute("open") == null) {
            filters.findElement(By.tagName("summary")).click();
        }
        browser.findElement(By.cssSelector("[data-filter=" + group + "] a[data-value=" + value + "]")).click();
    }

    @Test
    void theFilterLinksFilterInPlaceWithTheChoiceInTheAddress() {
        phone(true);
        int offering = staticCount("/tjanster/cv-help/");
        int forAdults = staticCount("/platser/malgrupp/adults/");
        load(exampleServer.url("/platser/"));
        int all = visibleCards().size();
        choose("service", "cv-help");
        String filtered = browser.getCurrentUrl();
        int shown = visibleCards().size();
        String status = browser.findElement(By.id("place-count")).getText();
        choose("audience", "adults");
        String both = browser.getCurrentUrl();
        browser.navigate().back();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        wait.until(d -> d.getCurrentUrl().equals(filtered));
        int afterBack = visibleCards().size();
        assertAll(
                () -> assertTrue(offering > 0 && offering < all, offering + " of " + all),
                () -> assertTrue(filtered.endsWith("/platser/?service=cv-help"), filtered),
                () -> assertEquals(offering, shown, "the same places as the static service page"),
                () -> assertTrue(status.startsWith("Visar " + offering + " av " + all + " platser."), status),
                () -> assertTrue(both.endsWith("?service=cv-help&audience=adults"), both),
                () -> assertEquals(offering, afterBack, "the back button goes back to the earlier choice"),
                () -> assertTrue(forAdults > 0));

        // a shared address opens the list filtered; a place for everyone is among the places for adults
        load(exampleServer.url("/platser/?audience=adults"));
        List<String> names = visibleCards().stream().map(c -> c.findElement(By.cssSelector(".card-title")).getText()).toList();
        assertAll(
                () -> assertEquals(forAdults, names.size(), names.toString()),
                () -> assertTrue(names.contains("Mötesplats Mariatorget"), names.toString()),
                () -> assertEquals("true", browser.findElement(By.cssSelector("[data-filter=audience] a[data-value=adults]"))
                        .getAttribute("aria-current")));
    }

    @Test
    void withoutJavaScriptAFilterLinkLeadsToItsStaticPage() {
        phone(false);
        load(exampleServer.url("/platser/"));
        choose("service", "cv-help");
        assertAll(
                () -> assertTrue(browser.getCurrentUrl().endsWith("/tjanster/cv-help/"), browser.getCurrentUrl()),
                () -> assertFalse(browser.findElements(By.cssSelector("main .card")).isEmpty()));
    }

    /** The cards' names in the order the page shows them. */
    private List<String> cardNames() {
        return visibleCards().stream().map(c -> c.findElement(By.cssSelector(".card-title")).getText()).toList();
    }

    @Test
    void nearMeSortsByDistanceOnlyAfterTheButtonAndSaysARefusalInWords() {
        phone(true);
        String origin = exampleServer.url("/").replaceAll("/$", "");
        // 0.0108 degrees north of Framtidshubben in Bergsjön (57.7543, 12.0707): 1.2 km
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("geolocation")));
        browser.executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", 57.7651, "longitude", 12.0707, "accuracy", 10));
        load(exampleServer.url("/platser/"));
        List<String> before = cardNames();
        boolean distanceBefore = !browser.findElements(By.cssSelector(".card .distance")).isEmpty();
        browser.findElement(By.cssSelector(".near-me button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> !d.findElements(By.cssSelector(".near-group .card")).isEmpty());
        List<String> after = cardNames();
        WebElement first = visibleCards().get(0);
        String status = browser.findElement(By.cssSelector(".near-me .near-status")).getText();
        assertAll(
                () -> assertFalse(distanceBefore, "no distance before the button"),
                () -> assertEquals("Framtidshubben Bergsjön", after.get(0), after.toString()),
                () -> assertEquals(before.stream().filter(n -> !n.equals(after.get(0))).toList(), after.subList(1, after.size()),
                        "places without a position follow in the order they had"),
                // Intl.NumberFormat may put a no-break space between number and unit
                () -> assertEquals("1,2 km från dig",
                        first.findElement(By.cssSelector(".distance")).getText().replace('\u00a0', ' ')),
                () -> assertEquals("Närmast dig", browser.findElement(By.cssSelector(".near-group h2")).getText()),
                () -> assertTrue(status.startsWith("Ordnade efter avstånd från dig."), status),
                () -> assertEquals(1, browser.findElements(By.cssSelector(".place-group:not([hidden])")).size(),
                        "the area groups, now empty, are hidden"));

        // refused: the list stays as it is, and the status says so
        browser.executeCdpCommand("Browser.setPermission", Map.of("origin", origin,
                "permission", Map.of("name", "geolocation"), "setting", "denied"));
        load(exampleServer.url("/platser/"));
        browser.findElement(By.cssSelector(".near-me button")).click();
        wait.until(d -> d.findElement(By.cssSelector(".near-me .near-status")).getText().startsWith("Utan din position"));
        assertAll(
                () -> assertEquals(before, cardNames()),
                () -> assertTrue(browser.findElements(By.cssSelector(".near-group, .card .distance")).isEmpty()));
    }

    @Test
    void chooseATimeShowsThePlacesOpenThenFromTheHoursTheCardsCarry() {
        // built on Tuesday 24 November 2026; the browser's clock is past the data, so the week is the build's.
        // Framtidshubben: Mondays 13-17, Thursdays 9-12; Hässelby and Vårberg: Monday to Friday 9-19; the rest publish no hours
        phone(true);
        load(exampleServer.url("/platser/?day=thu&part=morning"));
        List<String> thursdayMorning = cardNames();
        boolean shown = browser.findElement(By.cssSelector(".time-filter")).isDisplayed()
                || browser.findElement(By.cssSelector(".time-filter")).getAttribute("hidden") == null;
        choose("part", "evening");
        List<String> thursdayEvening = cardNames();
        String address = browser.getCurrentUrl();
        assertAll(
                () -> assertTrue(shown, "the script shows the time choices"),
                () -> assertEquals(List.of("Framtidshubben Bergsjön", "Mötesplats Hässelby", "Mötesplats Vårberg"),
                        thursdayMorning.stream().sorted().toList()),
                () -> assertEquals(List.of("Mötesplats Hässelby", "Mötesplats Vårberg"), thursdayEvening.stream().sorted().toList()),
                () -> assertTrue(address.endsWith("?day=thu&part=evening"), address),
                () -> assertEquals("true", browser.findElement(By.cssSelector("[data-filter=day] a[data-value=thu]"))
                        .getAttribute("aria-current")));
    }
}
