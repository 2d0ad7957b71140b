package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * What the site's scripts add, in a real browser: "open now" computed from the hours a page
 * carries (with the browser's clock set) and search as one types (the places list filtered in
 * place: PlacesListFiltersTest). Every one of them only enhances a page that works without it.
 */
class EnhancementsTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer completeServer;
    private static SiteServer exampleServer;
    private static ChromeDriver browser;

    /** The scripts this test added to every page the browser opens, taken away after it. */
    private final List<String> added = new ArrayList<>();

    @BeforeAll
    static void serveAndStart() {
        completeServer = SITES.server(SITES.complete());
        exampleServer = SITES.server(SITES.example());
        browser = SITES.browser();
    }

    @AfterEach
    void removeAddedScripts() {
        for (String identifier : added) {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
        }
        browser.get("about:blank");
    }

    /** Runs {@code source} in every page the browser opens from now on, until this test ends. */
    private void addToEveryPage(String source) {
        Map<String, Object> answer = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        added.add(String.valueOf(answer.get("identifier")));
    }

    /** Today's line on Hubben's page in a browser whose clock says {@code now} (the scripts read {@code Date.now()}). */
    private String todayOnHubben(String now) {
        setClock(now);
        browser.get(completeServer.url("/kvarter/platser/hubben/"));
        return browser.findElement(By.cssSelector("main .today")).getText();
    }

    private void setClock(String now) {
        removeAddedScripts();
        added.clear();
        long millis = OffsetDateTime.parse(now).toInstant().toEpochMilli();
        addToEveryPage("Date.now = function () { return " + millis + "; };");
    }

    @Test
    void openNowSaysWhenThePlaceClosesOrNextOpensInTheSiteTimeZone() {
        // Hubben: Mondays 13-17, Thursdays 9-12, but 26 November only 10-11; the build date is Tuesday 24 November.
        assertAll(
                () -> assertEquals("Öppet nu, stänger 17:00", todayOnHubben("2026-11-23T14:00:00+01:00")),
                () -> assertEquals("Stängt nu, öppnar torsdag 10:00", todayOnHubben("2026-11-24T10:00:00+01:00")),
                () -> assertEquals("Stängt nu, öppnar i morgon 10:00", todayOnHubben("2026-11-25T20:00:00+01:00")),
                () -> assertEquals("Öppet nu, stänger 11:00", todayOnHubben("2026-11-26T10:30:00+01:00")),
                // the same instant seen from a browser elsewhere: times stay Swedish time
                () -> assertEquals("Öppet nu, stänger 11:00", todayOnHubben("2026-11-26T04:30:00-05:00")));
    }

    @Test
    void hoursForAnAudienceAreSaidWithTheAudience() {
        // Hubben's Saturdays, 10-14, are for families only: the place is not open to everyone then
        assertAll(
                () -> assertEquals("Öppet för barnfamiljer nu, stänger 14:00", todayOnHubben("2026-11-28T11:00:00+01:00")),
                () -> assertEquals("Stängt nu, öppnar för barnfamiljer i morgon 10:00", todayOnHubben("2026-11-27T20:00:00+01:00")),
                () -> assertEquals("Stängt nu, öppnar måndag 13:00", todayOnHubben("2026-11-28T15:00:00+01:00")));
    }

    @Test
    void whenItsDataRunsOutTheScriptSaysWhenThePageWasMadeInsteadOfTheBuildDaysText() {
        // the page carries the hours until 1 December; on 1 March the build's "Stängt i dag" would be a guess
        assertEquals("Uppgifterna är från tisdag 24 november 2026 – se öppettiderna nedan",
                todayOnHubben("2027-03-01T12:00:00+01:00"));
        setClock("2026-12-02T10:00:00+01:00");
        browser.get(completeServer.url("/kvarter/platser/"));
        String card = browser.findElement(By.cssSelector(".card [data-open]")).getText();
        assertEquals("Uppgifterna är från tisdag 24 november 2026 – se platsens öppettider", card);
    }

    @Test
    void searchShowsResultsAsOneTypes() {
        browser.get(exampleServer.url("/sok/"));
        WebElement box = browser.findElement(By.id("sok-sida"));
        box.sendKeys("källaren");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        wait.until(d -> !d.findElements(By.cssSelector(".search-results a")).isEmpty());
        WebElement first = browser.findElement(By.cssSelector(".search-results a"));
        assertAll(
                () -> assertTrue(first.getAttribute("href").endsWith("/platser/kallaren/"), first.getAttribute("href")),
                () -> assertTrue(browser.getCurrentUrl().contains("q="), "the query is in the address, for the back button"),
                () -> assertFalse(browser.findElement(By.cssSelector(".no-script-note")).isDisplayed()),
                () -> assertTrue(browser.findElement(By.cssSelector(".search-status")).getText().contains("träff")));

        box.clear();
        box.sendKeys("finnsintealls");
        wait.until(d -> d.findElement(By.cssSelector(".search-status")).getText().startsWith("Inga träffar"));
    }

    @Test
    void theContentSecurityPolicyLetsTheSitesOwnScriptsRunAndBlocksNothingElse() {
        addToEveryPage(
                "window.violations = []; document.addEventListener('securitypolicyviolation',"
                        + " function (e) { window.violations.push(e.violatedDirective + ' ' + e.blockedURI); });");
        for (String page : List.of("/", "/platser/", "/platser/kallaren/", "/sok/?q=cv", "/oppna-data/")) {
            browser.get(exampleServer.url(page));
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "complete".equals(
                    ((ChromeDriver) d).executeScript("return document.readyState")));
            assertEquals(List.of(), browser.executeScript("return window.violations"), page);
        }
        assertTrue(browser.findElements(By.cssSelector(".place-filter")).isEmpty(), "on the list page only");
    }

    @Test
    void theHeaderSearchBoxLeadsToTheSearchPageWithTheQuery() {
        browser.get(exampleServer.url("/"));
        WebElement box = browser.findElement(By.id("sok-fraga"));
        box.sendKeys("cv");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.findElements(By.cssSelector(".search-results a")).isEmpty());
        assertEquals("cv", browser.findElement(By.id("sok-sida")).getAttribute("value"));
    }
}
