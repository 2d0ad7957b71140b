package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reflow (WCAG 1.4.10) and text resizing (1.4.4): at 320 CSS pixels wide no page of either site
 * scrolls sideways, and none does with its text at 200 % in a 640 pixel wide window either
 * ({@link PageSweep} looks at every page once for the whole-site checks).
 */
class ReflowTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void noPageScrollsSidewaysAt320CssPixels() {
        assertEquals("", PageSweep.of(SITES).problems(PageSweep.Check.REFLOW_NARROW));
    }

    @Test
    void noPageScrollsSidewaysWithTextAt200PercentIn640Pixels() {
        assertEquals("", PageSweep.of(SITES).problems(PageSweep.Check.REFLOW_DOUBLE_TEXT));
    }
}
