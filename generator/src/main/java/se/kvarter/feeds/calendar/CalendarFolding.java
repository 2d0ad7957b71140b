package se.kvarter.feeds.calendar;

import java.io.IOException;
import java.io.Writer;

/**
 * Folds iCalendar content lines as RFC 5545 section 3.1 asks: no line longer than 75 octets
 * (excluding the line break), a long line continued on the next after CRLF and one space. ical4j's
 * own {@code FoldingWriter} counts characters (73 of them), so a line with å, ä or ö, two octets
 * each in UTF-8, comes out longer than 75 octets. This counts the octets of UTF-8 and folds only
 * between whole characters (code points), never inside a UTF-8 sequence.
 */
final class CalendarFolding {

    /** The longest line RFC 5545 allows, in octets, the line break not counted. */
    static final int MAX_OCTETS = 75;
    /** The most octets one UTF-16 unit takes (a pair takes four for two): a line of 25 units needs no fold. */
    private static final int MAX_OCTETS_PER_UNIT = 3;
    private static final String CRLF = "\r\n";

    private CalendarFolding() {
    }

    /**
     * Writes {@code unfolded} (content lines ending in CRLF, as ical4j's {@code Calendar.toString()}
     * gives them) to {@code out} with each line folded.
     */
    static void write(String unfolded, Writer out) throws IOException {
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                end = unfolded.length();
            }
            fold(unfolded, start, end, out);
            out.write(CRLF);
            start = end + CRLF.length();
        }
    }

    /**
     * One content line, the characters from {@code start} to {@code end}, folded: written a piece
     * at a time, each piece as long as fits (every calendar of a site passes here, and most lines
     * need no fold at all).
     */
    private static void fold(String text, int start, int end, Writer out) throws IOException {
        if (end - start <= MAX_OCTETS / MAX_OCTETS_PER_UNIT) {
            out.write(text, start, end - start);
            return;
        }
        int octets = 0;
        int piece = start;
        int index = start;
        while (index < end) {
            char unit = text.charAt(index);
            int units = 1;
            int size;
            if (unit < 0x80) {
                size = 1;
            } else if (Character.isHighSurrogate(unit) && index + 1 < end && Character.isLowSurrogate(text.charAt(index + 1))) {
                units = 2;
                size = 4;
            } else {
                size = utf8Length(unit);
            }
            if (octets + size > MAX_OCTETS) {
                out.write(text, piece, index - piece);
                // the space that starts the continuation line counts towards its 75 octets
                out.write(CRLF);
                out.write(' ');
                octets = 1;
                piece = index;
            }
            octets += size;
            index += units;
        }
        out.write(text, piece, end - piece);
    }

    /** How many octets UTF-8 takes for one code point. */
    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
