package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void suggestsTheFixedNameOfASwedishTitle() {
        assertEquals("motesplats-varberg", Slugs.of("Mötesplats Vårberg"));
        assertEquals("g7-s-onsdagstraff", Slugs.of("G7:s onsdagsträff!"));
        assertEquals("cafe-aeble", Slugs.of("  Café Æble  "));
    }

    @Test
    void acceptsOnlyLowercaseLettersDigitsAndSingleHyphens() {
        assertTrue(Slugs.isValid("framtidshubben-bergsjon"));
        assertTrue(Slugs.isValid("g7"));
        assertFalse(Slugs.isValid("Kallaren"));
        assertFalse(Slugs.isValid("a--b"));
        assertFalse(Slugs.isValid("-a"));
        assertFalse(Slugs.isValid("källaren"));
    }
}
