package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding counts octets of UTF-8 and never cuts a character in two. */
class CalendarFoldingTest {

    private static String fold(String unfolded) throws IOException {
        StringWriter out = new StringWriter();
        CalendarFolding.write(unfolded, out);
        return out.toString();
    }

    private static List<String> lines(String folded) {
        assertTrue(folded.endsWith("\r\n"), folded);
        return List.of(folded.substring(0, folded.length() - 2).split("\r\n", -1));
    }

    @Test
    void aLineOfSeventyFiveOctetsStaysWholeAndOneMoreFolds() throws IOException {
        String exact = "SUMMARY:" + "ä".repeat(33) + "x";
        assertEquals(75, exact.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(exact + "\r\n", fold(exact + "\r\n"));
        String longer = "SUMMARY:" + "ä".repeat(34);
        assertEquals(List.of("SUMMARY:" + "ä".repeat(33), " ä"), lines(fold(longer + "\r\n")));
    }

    @Test
    void everyLineIsAtMostSeventyFiveOctetsAndUnfoldsToTheOriginal() throws IOException {
        // two-, three- and four-octet characters (ä, the en dash, an emoji: a surrogate pair in Java)
        String value = "DESCRIPTION:" + "Öppet för barnfamiljer – 🎉 åäö ".repeat(12);
        String folded = fold("BEGIN:VEVENT\r\n" + value + "\r\nEND:VEVENT\r\n");
        List<String> lines = lines(folded);
        assertTrue(lines.size() > 6, folded);
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= CalendarFolding.MAX_OCTETS, line);
            // a cut surrogate pair would not survive the round trip through UTF-8
            assertEquals(line, new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        assertEquals("BEGIN:VEVENT\r\n" + value + "\r\nEND:VEVENT\r\n", folded.replace("\r\n ", ""));
    }
}
