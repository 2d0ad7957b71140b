package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the example site and of the fixture site with every page kind, opened in
 * Chromium, has no violation of axe-core's WCAG 2.2 A and AA rules: on a desktop in the light
 * colour scheme, in the dark scheme, and 320 CSS pixels wide.
 *
 * <p>Each page is opened once and checked in the three ways one after the other, the browser's
 * emulation changed in between (the page lays itself out again; nothing is reloaded). The dark
 * scheme changes colours only, so its run is the colour rules; the other two run every rule.
 * axe-core is preloaded into every page the browser opens. The three tests share that one sweep.
 */
class AxeTest {

    /** Rules that must have run on every page, so that a change of tags cannot silently drop them. */
    private static final List<String> REQUIRED_RULES = List.of("color-contrast", "target-size", "html-has-lang",
            "bypass", "document-title", "link-name");

    /** What a colour scheme can change: contrast of text, and links told from text by colour alone. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    private static final String DESKTOP_LIGHT = "desktop, light scheme";
    private static final String DESKTOP_DARK = "desktop, dark scheme";
    private static final String NARROW = "320 px, light scheme";

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    /** The problems found per way of looking, from the one sweep over every page. */
    private static Map<String, List<String>> problems;

    @Test
    void everyPageHasNoViolationOnADesktopInTheLightScheme() {
        assertNone(DESKTOP_LIGHT);
    }

    @Test
    void everyPageHasNoViolationInTheDarkScheme() {
        assertNone(DESKTOP_DARK);
    }

    @Test
    void everyPageHasNoViolationAt320CssPixelsWide() {
        assertNone(NARROW);
    }

    private static void assertNone(String way) {
        assertEquals("", String.join("\n", sweep().get(way)),
                "axe-core " + Axe.version() + " (" + String.join(", ", Axe.TAGS) + "), " + way);
    }

    private static synchronized Map<String, List<String>> sweep() {
        if (problems != null) {
            return problems;
        }
        Map<String, List<String>> found = new LinkedHashMap<>();
        List.of(DESKTOP_LIGHT, DESKTOP_DARK, NARROW).forEach(way -> found.put(way, new ArrayList<>()));
        Axe.preload(SITES.browser());
        int pages = 0;
        for (Map.Entry<BuiltSite, SiteServer> entry : SITES.servers().entrySet()) {
            BuiltSite site = entry.getKey();
            for (String page : site.pages()) {
                String url = entry.getValue().url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : "");
                String where = site + " " + page;
                Chromium.emulate(SITES.browser(), Chromium.WIDTH, "light");
                SITES.browser().get(url);
                record(found.get(DESKTOP_LIGHT), where, Axe.run(SITES.browser()), REQUIRED_RULES);
                Chromium.emulate(SITES.browser(), Chromium.WIDTH, "dark");
                confirm("matchMedia('(prefers-color-scheme: dark)').matches", where);
                record(found.get(DESKTOP_DARK), where, Axe.runRules(SITES.browser(), COLOUR_RULES), List.of("color-contrast"));
                Chromium.emulate(SITES.browser(), 320, "light");
                confirm("innerWidth === 320 && matchMedia('(prefers-color-scheme: light)').matches", where);
                record(found.get(NARROW), where, Axe.run(SITES.browser()), REQUIRED_RULES);
                pages++;
            }
        }
        int count = pages;
        found.forEach((way, list) -> System.out.printf("axe-core %s: %d pages, %s, %d problems%n",
                Axe.version(), count, way, list.size()));
        problems = found;
        return problems;
    }

    /** The page itself sees the emulation asked for, so a run never checks the wrong way of looking. */
    private static void confirm(String condition, String where) {
        assertEquals(Boolean.TRUE, SITES.browser().executeScript("return " + condition + ";"), where + ": " + condition);
    }

    private static void record(List<String> problems, String where, Axe.Result result, List<String> required) {
        List<String> notRun = required.stream().filter(r -> !result.rulesRun().contains(r)).toList();
        if (!notRun.isEmpty()) {
            problems.add(where + ": these rules did not run: " + notRun);
        }
        for (Axe.Violation violation : result.violations()) {
            problems.add(where + ": " + violation);
        }
    }
}
