package se.kvarter.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Turns a file's bytes into text: UTF-8, a leading byte order mark dropped, CRLF and lone CR
 * line ends made LF. Bytes that are not UTF-8 are reported at their line and column.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static Optional<String> decode(String file, byte[] bytes, Problems problems) {
        // the JDK's own decoding makes a one-byte-per-character string of Swedish text at once;
        // it replaces bytes that are not UTF-8 with U+FFFD, so text holding that character is
        // decoded again, strictly, to tell a written U+FFFD from a bad byte and to find where it is
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isUtf8(file, bytes, problems)) {
            return Optional.empty();
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        // most files have no carriage return: one look for it, not two replacements that each read the text
        return Optional.of(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Whether the bytes are UTF-8; if not, the first bad byte is reported. */
    private static boolean isUtf8(String file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            problems.add(positionAtEnd(file, out), "file.not-utf8");
            return false;
        }
        return true;
    }

    /** The position just after the text decoded so far: where the bad byte sits. */
    private static Position positionAtEnd(String file, CharSequence decoded) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(file, line, column);
    }
}
