package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A resident with JavaScript off, on the example site: from the start page, choose what help is
 * needed, then the area, find a place, read today's hours and open its poster to print. Only
 * clicks on links a person sees; no address is typed.
 */
class ResidentJourneyTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() {
        server = SITES.server(SITES.example());
        browser = SITES.scriptlessBrowser();
    }

    private static void follow(WebElement link) {
        assertTrue(link.isDisplayed(), link.getText());
        link.click();
    }

    @Test
    void fromTheStartPageToAPlaceOfferingMealsInHasselbyItsHoursAndItsPoster() {
        browser.get(server.url("/"));
        WebElement need = browser.findElement(By.xpath("//main//h3[normalize-space()='Vad behöver du hjälp med?']"
                + "/following-sibling::ul[1]//a[normalize-space()='Måltider']"));
        follow(need);
        assertEquals("Måltider", browser.findElement(By.tagName("h1")).getText());

        WebElement area = browser.findElement(By.xpath("//main//section[h2[normalize-space()='Hässelby']]"));
        WebElement place = area.findElement(By.cssSelector(".card-title a"));
        String name = place.getText();
        follow(place);
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        String today = browser.findElement(By.cssSelector("main .today")).getText();
        String todayRow = browser.findElement(By.cssSelector("main table.hours tr.today-row")).getText();

        follow(browser.findElement(By.linkText("Skriv ut affisch")));
        assertAll(
                () -> assertTrue(today.matches("(Öppet i dag|Stängt i dag).*"), today),
                () -> assertTrue(todayRow.contains("(i dag)"), todayRow),
                () -> assertTrue(browser.getCurrentUrl().endsWith("/affisch/"), browser.getCurrentUrl()),
                () -> assertEquals(name, browser.findElement(By.tagName("h1")).getText()),
                () -> assertTrue(browser.findElement(By.cssSelector("main svg[role=img]")).isDisplayed(), "the QR code"),
                () -> assertTrue(browser.findElement(By.cssSelector("main .regular-hours")).isDisplayed(), "the regular hours"),
                () -> assertTrue(browser.findElements(By.cssSelector("main table.hours")).isEmpty(), "no dated week on the poster"));
    }
}
