package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * With JavaScript turned off in the browser, a place's page still shows what a visitor comes
 * for: whether it is open today, the week's hours as a table, the address and the accessibility
 * facts, the facts above the hours.
 */
class NoJavaScriptTest {

    /** A page whose script, if it ran, would change its text. */
    private static final String PROBE = "<!DOCTYPE html><html lang=\"en\"><title>probe</title>"
            + "<p id=\"probe\">script off</p><script>document.getElementById('probe').textContent = 'script on';</script>";

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void probeAndStart() throws IOException {
        // beside the fixture site, not in it: the shared site stays as built
        Files.writeString(SITES.complete().file("/script-probe.html"), PROBE);
        server = SITES.server(SITES.complete());
        browser = SITES.scriptlessBrowser();
    }

    @Test
    void theBrowserRunsNoScript() {
        browser.get(server.url("/script-probe.html"));
        assertEquals("script off", browser.findElement(By.id("probe")).getText());
    }

    @Test
    void aPlacePageShowsTodaysHoursTheWeekTheAddressAndTheAccessibilityFacts() {
        browser.get(server.url("/kvarter/platser/hubben/"));
        WebElement today = browser.findElement(By.cssSelector("main .today"));
        WebElement table = browser.findElement(By.cssSelector("main table.hours"));
        WebElement address = browser.findElement(By.cssSelector("main .address"));
        WebElement access = browser.findElement(By.cssSelector("main #k-tillganglighet")).findElement(By.xpath(".."));
        List<WebElement> days = table.findElements(By.cssSelector("tbody tr"));
        assertAll(
                () -> assertTrue(today.isDisplayed() && today.getText().equals("Stängt i dag"), today.getText()),
                () -> assertTrue(table.isDisplayed(), "the week table is shown"),
                () -> assertEquals("De närmaste sju dagarna", table.findElement(By.tagName("caption")).getText()),
                () -> assertEquals(7, days.size(), "a row per day from today"),
                // the next seven days from today (a Tuesday), never the calendar week
                () -> assertTrue(days.get(0).getText().contains("(i dag)") && days.get(0).getText().contains("Stängt"),
                        "today's row comes first and says so in words: " + days.get(0).getText()),
                () -> assertTrue(days.get(6).getText().toLowerCase(Locale.ROOT).startsWith("måndag 30 november")
                        && days.get(6).getText().contains("13:00"), days.get(6).getText()),
                () -> assertEquals("Öppnar igen torsdag 26 november 10:00–11:00",
                        browser.findElement(By.cssSelector("main .next-open")).getText(), "when it opens next, without a script"),
                () -> assertTrue(address.isDisplayed() && address.getText().contains("Torget 4"), address.getText()),
                () -> assertTrue(access.isDisplayed(), "the accessibility facts are shown"),
                () -> assertTrue(access.getText().contains("Entré\nUtan trappsteg") || access.getText().contains("Entré Utan trappsteg"),
                        access.getText()),
                () -> assertTrue(access.getText().contains("Hörslinga"), access.getText()),
                () -> assertTrue(access.getRect().getY() < table.getRect().getY(), "the facts come before the hours"));
    }

    @Test
    void theSkipLinkStillLeadsToTheMainContent() {
        browser.get(server.url("/kvarter/platser/hubben/"));
        // as a keyboard user reaches it: the first Tab of the page focuses the skip link, which
        // is shown only while focused; then Enter follows it
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("class"), "the first Tab reaches the skip link");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertTrue(browser.getCurrentUrl().endsWith("#innehall"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.tagName("main")).getText().isEmpty());
    }
}
