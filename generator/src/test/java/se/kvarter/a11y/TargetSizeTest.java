package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Target size (WCAG 2.2, 2.5.8 minimum): on every page of both sites, on a desktop and at 320
 * CSS pixels, every link and control is at least 24 by 24 pixels, or a circle of 24 pixels
 * round its centre touches no other target, or it is a link inside a sentence. axe-core's
 * target-size rule checks the same in {@link AxeTest} (which makes sure it runs); this check is
 * the criterion written out, so that a change of axe-core cannot weaken it unnoticed.
 */
class TargetSizeTest {

    private static final String SMALL_TARGETS = """
            const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .filter(e => !e.classList.contains('skip-link') || e === document.activeElement);
            const block = e => { let b = e.parentElement; while (b && getComputedStyle(b).display.startsWith('inline')) { b = b.parentElement; } return b; };
            // a link in a sentence: inline, in a block that has text of its own besides the link
            const inSentence = e => getComputedStyle(e).display === 'inline'
              && block(e).textContent.replace(/\\s+/g, '').length > e.textContent.replace(/\\s+/g, '').length + 1;
            const rects = targets.map(e => e.getBoundingClientRect());
            const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
            const distanceToRect = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
            const problems = [];
            targets.forEach((e, i) => {
              const r = rects[i];
              if ((r.width >= 24 && r.height >= 24) || inSentence(e)) { return; }
              const c = centre(r);
              const near = targets.findIndex((o, j) => j !== i && !o.contains(e) && !e.contains(o)
                && (distanceToRect(c, rects[j]) < 12
                  || ((rects[j].width < 24 || rects[j].height < 24) && Math.hypot(c[0] - centre(rects[j])[0], c[1] - centre(rects[j])[1]) < 24)));
              if (near >= 0) {
                problems.push(e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x'
                  + Math.round(r.height) + ' px, too close to "' + targets[near].textContent.trim().slice(0, 30) + '"');
              }
            });
            return problems.join('; ');
            """;

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void everyTargetIsLargeEnoughOrFarEnoughFromOthersOnADesktop() {
        assertEquals("", smallTargets(Chromium.WIDTH));
    }

    @Test
    void everyTargetIsLargeEnoughOrFarEnoughFromOthersAt320CssPixels() {
        assertEquals("", smallTargets(320));
    }

    private static String smallTargets(int width) {
        Chromium.emulate(SITES.browser(), width, "light");
        List<String> problems = new ArrayList<>();
        SITES.servers().forEach((site, server) -> {
            for (String page : site.pages()) {
                SITES.browser().get(server.url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : ""));
                String small = (String) SITES.browser().executeScript(SMALL_TARGETS);
                if (!small.isEmpty()) {
                    problems.add(site + " " + page + ": " + small);
                }
            }
        });
        return String.join("\n", problems);
    }
}
