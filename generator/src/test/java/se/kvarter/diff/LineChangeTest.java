package se.kvarter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineChangeTest {

    private static String after(String before, String after) {
        return new LineChange(before, after).afterWithoutCommonStart();
    }

    @Test
    void theNewLineLosesTheWordsItBeginsWithInCommonWithTheOld() {
        assertEquals("10:00–14:00", after("Torsdag 26 november 09:00–12:00", "Torsdag 26 november 10:00–14:00"));
        assertEquals("d e", after("a b c", "a b d e"));
    }

    @Test
    void aLineThatOnlyGrewOrShrankOrBeginsDifferentlyIsSaidWhole() {
        assertEquals("Öppet i dag", after("Öppet", "Öppet i dag"));
        assertEquals("Öppet", after("Öppet i dag", "Öppet"));
        assertEquals("Stängt i dag", after("Öppet i dag", "Stängt i dag"));
    }
}
