package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the example site and of the fixture site with every page kind, opened in
 * Chromium, has no violation of axe-core's WCAG 2.2 A and AA rules: on a desktop in the light
 * colour scheme, in the dark scheme (the colour rules), and 320 CSS pixels wide. The pages are
 * looked at once for this and the other whole-site checks ({@link PageSweep}).
 */
class AxeTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void everyPageHasNoViolationOnADesktopInTheLightScheme() {
        assertNone(PageSweep.Check.AXE_DESKTOP_LIGHT);
    }

    @Test
    void everyPageHasNoViolationInTheDarkScheme() {
        assertNone(PageSweep.Check.AXE_DESKTOP_DARK);
    }

    @Test
    void everyPageHasNoViolationAt320CssPixelsWide() {
        assertNone(PageSweep.Check.AXE_NARROW);
    }

    private static void assertNone(PageSweep.Check check) {
        PageSweep sweep = PageSweep.of(SITES);
        assertEquals("", sweep.problems(check), "axe-core " + Axe.version() + " (" + String.join(", ", Axe.TAGS)
                + "), " + check + ", " + sweep.pages() + " pages");
    }
}
