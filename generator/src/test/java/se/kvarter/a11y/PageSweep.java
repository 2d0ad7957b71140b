package se.kvarter.a11y;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One pass of the browser over every page of both sites, shared by {@link AxeTest},
 * {@link TargetSizeTest} and {@link ReflowTest}: each page is opened once and looked at in every
 * way those tests ask for, the browser's emulation changed in between (the page lays itself out
 * again; nothing is reloaded, and the page itself confirms each way before it is checked).
 * Opening the 339 pages once instead of five times, with axe-core preloaded rather than sent with
 * every run, is what keeps the browser tests to a few minutes on two cores.
 *
 * <p>The ways, in order: a desktop in the light scheme (axe-core's WCAG A and AA rules, target
 * size), the dark scheme (axe-core's colour rules: a colour scheme changes colours only), 320 CSS
 * pixels wide (every axe-core rule, target size, reflow), and 640 pixels with the text at 200 %
 * (reflow).
 */
final class PageSweep {

    /** Rules that must have run on every page, so that a change of tags cannot silently drop them. */
    static final List<String> REQUIRED_RULES = List.of("color-contrast", "target-size", "html-has-lang",
            "bypass", "document-title", "link-name");

    /** What a colour scheme can change: contrast of text, and links told from text by colour alone. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** The checks, each the problems it found on any page. */
    enum Check {
        AXE_DESKTOP_LIGHT, AXE_DESKTOP_DARK, AXE_NARROW, TARGETS_DESKTOP, TARGETS_NARROW, REFLOW_NARROW,
        REFLOW_DOUBLE_TEXT
    }

    /**
     * Target size (WCAG 2.2, 2.5.8 minimum): every link and control is at least 24 by 24 pixels,
     * or a circle of 24 pixels round its centre touches no other target, or it is a link inside a
     * sentence. axe-core's target-size rule checks the same (and must run); this is the criterion
     * written out, so that a change of axe-core cannot weaken it unnoticed.
     */
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

    private final Map<Check, List<String>> problems = new LinkedHashMap<>();
    private int pages;

    private PageSweep() {
        for (Check check : Check.values()) {
            problems.put(check, new ArrayList<>());
        }
    }

    /** The sweep of the sites that {@code sites} serves, made on first request and kept for the run. */
    static PageSweep of(ServedSites sites) {
        return sites.shared(PageSweep.class, () -> new PageSweep().run(sites));
    }

    /** What {@code check} found, one line a problem; empty when nothing. */
    String problems(Check check) {
        return String.join("\n", problems.get(check));
    }

    int pages() {
        return pages;
    }

    private PageSweep run(ServedSites sites) {
        ChromeDriver browser = sites.browser();
        Axe.preload(browser);
        try {
            sites.servers().forEach((site, server) -> {
                for (String page : site.pages()) {
                    look(browser, site + " " + page,
                            server.url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : ""));
                    pages++;
                }
            });
        } finally {
            Chromium.emulate(browser, Chromium.WIDTH, "light");
        }
        problems.forEach((check, list) -> System.out.printf("%s: %d pages, %d problems (axe-core %s)%n",
                check, pages, list.size(), Axe.version()));
        return this;
    }

    private void look(ChromeDriver browser, String where, String url) {
        Chromium.emulate(browser, Chromium.WIDTH, "light");
        browser.get(url);
        confirm(browser, "matchMedia('(prefers-color-scheme: light)').matches", where);
        axe(Check.AXE_DESKTOP_LIGHT, where, Axe.run(browser), REQUIRED_RULES);
        script(browser, Check.TARGETS_DESKTOP, where, SMALL_TARGETS);

        Chromium.emulate(browser, Chromium.WIDTH, "dark");
        confirm(browser, "matchMedia('(prefers-color-scheme: dark)').matches", where);
        axe(Check.AXE_DESKTOP_DARK, where, Axe.runRules(browser, COLOUR_RULES), List.of("color-contrast"));

        Chromium.emulate(browser, 320, "light");
        confirm(browser, "innerWidth === 320 && matchMedia('(prefers-color-scheme: light)').matches", where);
        axe(Check.AXE_NARROW, where, Axe.run(browser), REQUIRED_RULES);
        script(browser, Check.TARGETS_NARROW, where, SMALL_TARGETS);
        script(browser, Check.REFLOW_NARROW, where, OVERFLOW);

        Chromium.emulate(browser, 640, "light");
        browser.executeScript("document.documentElement.style.fontSize = '200%';");
        confirm(browser, "innerWidth === 640", where);
        script(browser, Check.REFLOW_DOUBLE_TEXT, where, OVERFLOW);
    }

    /** The page itself sees the emulation asked for, so a check never looks the wrong way. */
    private static void confirm(ChromeDriver browser, String condition, String where) {
        if (!Boolean.TRUE.equals(browser.executeScript("return " + condition + ";"))) {
            throw new IllegalStateException(where + ": the page does not see " + condition);
        }
    }

    private void axe(Check check, String where, Axe.Result result, List<String> required) {
        List<String> notRun = required.stream().filter(r -> !result.rulesRun().contains(r)).toList();
        if (!notRun.isEmpty()) {
            problems.get(check).add(where + ": these rules did not run: " + notRun);
        }
        for (Axe.Violation violation : result.violations()) {
            problems.get(check).add(where + ": " + violation);
        }
    }

    private void script(ChromeDriver browser, Check check, String where, String script) {
        Object found = browser.executeScript(script);
        if (found != null && !"".equals(found)) {
            problems.get(check).add(where + ": " + found);
        }
    }
}
