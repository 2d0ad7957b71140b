package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reflow (WCAG 1.4.10) and text resizing (1.4.4): at 320 CSS pixels wide no page of either site
 * scrolls sideways, and none does with its text at 200 % in a 640 pixel wide window either.
 */
class ReflowTest {

    /** Finds what sticks out on the right (or left, right to left), for the failure message. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            const wide = [...document.querySelectorAll('body *')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
              .filter(e => ![...e.children].some(c => { const r = c.getBoundingClientRect(); return r.right > width + 0.5 || r.left < -0.5; }))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "' + e.textContent.trim().slice(0, 40) + '"');
            return 'scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.join(', ');
            """;

    @TempDir
    static Path work;

    private static ServedSites sites;
    private static Map<BuiltSite, SiteServer> servers;
    private static ChromeDriver browser;

    @BeforeAll
    static void buildServeAndStart() {
        sites = ServedSites.start(work);
        servers = sites.servers();
        browser = sites.browser();
    }

    @AfterAll
    static void stop() {
        if (sites != null) {
            sites.close();
        }
    }

    @Test
    void noPageScrollsSidewaysAt320CssPixels() {
        assertEquals("", overflowingPages(320, false));
    }

    @Test
    void noPageScrollsSidewaysWithTextAt200PercentIn640Pixels() {
        assertEquals("", overflowingPages(640, true));
    }

    private static String overflowingPages(int width, boolean doubleText) {
        Chromium.emulate(browser, width, "light");
        List<String> problems = new ArrayList<>();
        servers.forEach((site, server) -> {
            for (String page : site.pages()) {
                browser.get(server.url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : ""));
                if (doubleText) {
                    browser.executeScript("document.documentElement.style.fontSize = '200%';");
                }
                Object overflow = browser.executeScript(OVERFLOW);
                if (overflow != null) {
                    problems.add(site + " " + page + ": " + overflow);
                }
            }
        });
        return String.join("\n", problems);
    }
}
