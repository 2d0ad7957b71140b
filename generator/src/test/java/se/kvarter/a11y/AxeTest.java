package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the example site and of the fixture site with every page kind, opened in
 * Chromium, has no violation of axe-core's WCAG 2.2 A and AA rules: on a desktop in the light
 * colour scheme, in the dark scheme, and 320 CSS pixels wide.
 */
class AxeTest {

    /** Rules that must have run on every page, so that a change of tags cannot silently drop them. */
    private static final List<String> REQUIRED_RULES = List.of("color-contrast", "target-size", "html-has-lang",
            "bypass", "document-title", "link-name");

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void everyPageHasNoViolationOnADesktopInTheLightScheme() {
        assertNoViolations(Chromium.WIDTH, "light");
    }

    @Test
    void everyPageHasNoViolationInTheDarkScheme() {
        assertNoViolations(Chromium.WIDTH, "dark");
    }

    @Test
    void everyPageHasNoViolationAt320CssPixelsWide() {
        assertNoViolations(320, "light");
    }

    private static void assertNoViolations(int width, String scheme) {
        Chromium.emulate(SITES.browser(), width, scheme);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<BuiltSite, SiteServer> entry : SITES.servers().entrySet()) {
            BuiltSite site = entry.getKey();
            for (String page : site.pages()) {
                String url = entry.getValue().url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : "");
                SITES.browser().get(url);
                Axe.Result result = Axe.run(SITES.browser());
                pages++;
                List<String> notRun = REQUIRED_RULES.stream().filter(r -> !result.rulesRun().contains(r)).toList();
                if (!notRun.isEmpty()) {
                    problems.add(site + " " + page + ": these rules did not run: " + notRun);
                }
                for (Axe.Violation violation : result.violations()) {
                    problems.add(site + " " + page + ": " + violation);
                }
            }
        }
        System.out.printf("axe-core %s: %d pages, %d px wide, %s scheme, %d problems%n",
                Axe.version(), pages, width, scheme, problems.size());
        assertEquals("", String.join("\n", problems),
                "axe-core " + Axe.version() + " (" + String.join(", ", Axe.TAGS) + "), " + width + " px, " + scheme);
    }
}
