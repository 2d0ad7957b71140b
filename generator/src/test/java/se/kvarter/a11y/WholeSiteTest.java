package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the example site and of the fixture site with every page kind, opened in Chromium
 * and looked at in every way below. The pages are looked at once for all of them
 * ({@link PageSweep}); the checks are one class so that a test run split over several JVMs never
 * makes that sweep twice.
 */
class WholeSiteTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static String problems(PageSweep.Check check) {
        return PageSweep.of(SITES).problems(check);
    }

    /**
     * No violation of axe-core's WCAG 2.2 A and AA rules: on a desktop in the light colour scheme,
     * in the dark scheme (the colour rules), and 320 CSS pixels wide.
     */
    @Nested
    class AxeRules {

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

        private void assertNone(PageSweep.Check check) {
            assertEquals("", problems(check), "axe-core " + Axe.version() + " ("
                    + String.join(", ", Axe.TAGS) + "), " + check + ", " + PageSweep.of(SITES).pages() + " pages");
        }
    }

    /**
     * Target size (WCAG 2.2, 2.5.8 minimum): on a desktop and at 320 CSS pixels, every link and
     * control is at least 24 by 24 pixels, or a circle of 24 pixels round its centre touches no
     * other target, or it is a link inside a sentence (the criterion is written out in
     * {@link PageSweep}).
     */
    @Nested
    class TargetSize {

        @Test
        void everyTargetIsLargeEnoughOrFarEnoughFromOthersOnADesktop() {
            assertEquals("", problems(PageSweep.Check.TARGETS_DESKTOP));
        }

        @Test
        void everyTargetIsLargeEnoughOrFarEnoughFromOthersAt320CssPixels() {
            assertEquals("", problems(PageSweep.Check.TARGETS_NARROW));
        }
    }

    /**
     * Reflow (WCAG 1.4.10) and text resizing (1.4.4): at 320 CSS pixels wide no page scrolls
     * sideways, and none does with its text at 200 % in a 640 pixel wide window either.
     */
    @Nested
    class Reflow {

        @Test
        void noPageScrollsSidewaysAt320CssPixels() {
            assertEquals("", problems(PageSweep.Check.REFLOW_NARROW));
        }

        @Test
        void noPageScrollsSidewaysWithTextAt200PercentIn640Pixels() {
            assertEquals("", problems(PageSweep.Check.REFLOW_DOUBLE_TEXT));
        }
    }
}
