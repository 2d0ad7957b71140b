package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Target size (WCAG 2.2, 2.5.8 minimum): on every page of both sites, on a desktop and at 320
 * CSS pixels, every link and control is at least 24 by 24 pixels, or a circle of 24 pixels
 * round its centre touches no other target, or it is a link inside a sentence (the criterion is
 * written out in {@link PageSweep}, which looks at every page once for the whole-site checks).
 */
class TargetSizeTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void everyTargetIsLargeEnoughOrFarEnoughFromOthersOnADesktop() {
        assertEquals("", PageSweep.of(SITES).problems(PageSweep.Check.TARGETS_DESKTOP));
    }

    @Test
    void everyTargetIsLargeEnoughOrFarEnoughFromOthersAt320CssPixels() {
        assertEquals("", PageSweep.of(SITES).problems(PageSweep.Check.TARGETS_NARROW));
    }
}
