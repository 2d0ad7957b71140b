package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void noPageScrollsSidewaysAt320CssPixels() {
        assertEquals("", overflowingPages(320, false));
    }

    @Test
    void noPageScrollsSidewaysWithTextAt200PercentIn640Pixels() {
        assertEquals("", overflowingPages(640, true));
    }

    private static String overflowingPages(int width, boolean doubleText) {
        Chromium.emulate(SITES.browser(), width, "light");
        List<String> problems = new ArrayList<>();
        SITES.servers().forEach((site, server) -> {
            for (String page : site.pages()) {
                SITES.browser().get(server.url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : ""));
                if (doubleText) {
                    SITES.browser().executeScript("document.documentElement.style.fontSize = '200%';");
                }
                Object overflow = SITES.browser().executeScript(OVERFLOW);
                if (overflow != null) {
                    problems.add(site + " " + page + ": " + overflow);
                }
            }
        });
        return String.join("\n", problems);
    }
}
