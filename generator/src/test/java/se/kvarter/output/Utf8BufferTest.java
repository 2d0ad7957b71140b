package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.FoldingWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    /** Every way of writing, in the same order to a StringWriter and a Utf8Buffer. */
    private static void writeAll(Writer out) throws IOException {
        out.write('a');
        out.write(0x00E5);
        out.write("– en dash".toCharArray(), 2, 3);
        out.write("whole string – ");
        out.write("0123456789", 3, 4);
        out.append("sequence ").append("abcdef", 1, 3).append('!').append(new StringBuilder("ß€"));
        out.write("😀".charAt(0)); // a pair in two calls
        out.write("😀".charAt(1));
        out.write("x\uD83D"); // a high surrogate at the end of one call, its low half in the next
        out.write("\uDE00y".toCharArray(), 0, 2);
        try (Writer folding = new FoldingWriter(out)) {
            folding.write("DESCRIPTION:" + "Öppet för alla – 😀, ".repeat(12) + "\r\n");
        }
    }

    @Test
    void holdsTheUtf8BytesOfWhatAStringWriterHolds() throws IOException {
        StringWriter expected = new StringWriter();
        Utf8Buffer actual = new Utf8Buffer(0);
        writeAll(expected);
        writeAll(actual);
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), actual.bytes());
        assertEquals(expected.toString(), actual.toString());
        assertTrue(actual.toString().startsWith("aåen whole string – 3456sequence bc!ß€😀x😀yDESCRIPTION:"),
                actual.toString());
        assertTrue(actual.toString().contains("\r\n "), "folded at 75 octets");
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsInGetBytes() {
        for (String text : List.of("\uD83D", "a\uDE00b", "\uD83D\uD83D\uDE00", "\uDE00\uD83D", "\uD83Dx")) {
            Utf8Buffer buffer = new Utf8Buffer(1);
            buffer.write(text);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.bytes(), text);
        }
    }

    /**
     * Long strings written whole (a page's captured content) take another way through the
     * buffer: the same bytes, also with lone surrogates, right after a pending high surrogate
     * and ending with one whose low half comes in the next call.
     */
    @Test
    void longStringsWrittenWholeGiveTheirUtf8Bytes() {
        String line = "<p>Öppet måndag–fredag 09:00–17:00 😀 a\uDE00b \uD83Dx</p>\n";
        String[] pieces = {"\uD83D", line.repeat(40), "\uDE00" + line.repeat(40) + "\uD83D", "\uDE00",
            "a".repeat(600), line.repeat(20)};
        Utf8Buffer buffer = new Utf8Buffer(16);
        for (String piece : pieces) {
            buffer.write(piece);
        }
        assertArrayEquals(String.join("", pieces).getBytes(StandardCharsets.UTF_8), buffer.bytes());
    }

    /** Any text, cut into pieces anywhere (between the halves of a pair too), gives the bytes of the whole. */
    @Property(tries = 300)
    void anyTextInAnyPiecesGivesItsUtf8Bytes(@ForAll String text, @ForAll @IntRange(min = 1, max = 7) int piece,
                                             @ForAll boolean asChars) {
        Utf8Buffer buffer = new Utf8Buffer(2);
        for (int at = 0; at < text.length(); at += piece) {
            int length = Math.min(piece, text.length() - at);
            if (asChars) {
                buffer.write(text.toCharArray(), at, length);
            } else {
                buffer.write(text, at, length);
            }
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.bytes());
    }
}
