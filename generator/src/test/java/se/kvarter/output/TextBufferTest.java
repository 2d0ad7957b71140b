package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import net.fortuna.ical4j.data.FoldingWriter;
import org.junit.jupiter.api.Test;

class TextBufferTest {

    /** Every way of writing, in the same order to a StringWriter and a TextBuffer. */
    private static void writeAll(Writer out) throws IOException {
        out.write('a');
        out.write(0x00E5);
        out.write("– en dash".toCharArray(), 2, 3);
        out.write("whole string ");
        out.write("0123456789", 3, 4);
        out.append("sequence ").append("abcdef", 1, 3).append('!');
        try (Writer folding = new FoldingWriter(out)) {
            folding.write("DESCRIPTION:" + "Öppet för alla, ".repeat(12) + "\r\n");
        }
    }

    @Test
    void holdsWhatAStringWriterHolds() throws IOException {
        StringWriter expected = new StringWriter();
        TextBuffer actual = new TextBuffer(0);
        writeAll(expected);
        writeAll(actual);
        assertEquals(expected.toString(), actual.toString());
        assertEquals("aåen whole string 3456sequence bc!DESCRIPTION:", actual.toString().substring(0, 46));
        assertEquals(true, actual.toString().contains("\r\n "), "folded at 75 octets");
    }
}
