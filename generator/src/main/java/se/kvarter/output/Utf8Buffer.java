package se.kvarter.output;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes its text as UTF-8 into a growing byte array as the text arrives:
 * the bytes a page or calendar goes to disk as, with no String in between.
 *
 * <p>Why not a StringWriter and {@code getBytes}: one character outside Latin-1 (an en dash, on
 * every page) makes a Java string two bytes per character, and every later step (appends, the
 * copy, the encoding, the page check) then runs on the wide form; StringWriter also takes a lock
 * on every call, which ical4j's folding writer makes once per character (bench/RESULTS.md).
 * Encoding is that of {@link String#getBytes} with UTF-8: a lone surrogate becomes {@code ?}, and
 * a high surrogate waits for its pair, which ical4j hands over in the next call.
 */
public final class Utf8Buffer extends Writer {

    /** The most bytes one UTF-16 unit takes in UTF-8 (a pair takes four for two units). */
    private static final int MAX_BYTES_PER_UNIT = 3;
    /** From how many characters a whole string is encoded by the JDK in one go, for less than its temporary array costs. */
    private static final int WHOLE_STRING = 512;

    private byte[] bytes;
    private int count;
    /** A high surrogate waiting for its low half, or 0. */
    private char pendingHigh;
    /** The characters of a string being written, read from an array. */
    private final char[] scratch = new char[WHOLE_STRING];

    public Utf8Buffer(int capacity) {
        this.bytes = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(int c) {
        ensure(MAX_BYTES_PER_UNIT * 2);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length * MAX_BYTES_PER_UNIT + MAX_BYTES_PER_UNIT);
        byte[] bytes = this.bytes; // locals: C1, the build's compiler, reloads fields in every pass of a loop
        int n = count;
        int at = offset;
        int end = offset + length;
        if (pendingHigh == 0) {
            while (at < end && chars[at] < 0x80) {
                bytes[n++] = (byte) chars[at++];
            }
        }
        count = n;
        while (at < end) {
            put(chars[at++]);
        }
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int length) {
        if (length >= WHOLE_STRING && offset == 0 && length == string.length() && pendingHigh == 0
                && !Character.isHighSurrogate(string.charAt(length - 1))) {
            // a captured block of a page (the layout makes the content before the head): the
            // JDK's encoder reads a wide string's array directly, where charAt checks every index
            byte[] encoded = string.getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, count, encoded.length);
            count += encoded.length;
            return;
        }
        if (length <= scratch.length) {
            // copied out first into an array kept for it: the range is checked once, and the
            // loop over the array is the one the char[] writes use
            string.getChars(offset, offset + length, scratch, 0);
            write(scratch, 0, length);
            return;
        }
        ensure(length * MAX_BYTES_PER_UNIT + MAX_BYTES_PER_UNIT);
        byte[] bytes = this.bytes;
        int n = count;
        int at = offset;
        int end = offset + length;
        if (pendingHigh == 0) {
            char c;
            while (at < end && (c = string.charAt(at)) < 0x80) {
                bytes[n++] = (byte) c;
                at++;
            }
        }
        count = n;
        while (at < end) {
            put(string.charAt(at++));
        }
    }

    @Override
    public Writer append(CharSequence chars) {
        String text = String.valueOf(chars);
        write(text, 0, text.length());
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        String text = String.valueOf(chars);
        write(text, start, end - start);
        return this;
    }

    @Override
    public Writer append(char c) {
        write(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // the bytes stay readable after closing, as a StringWriter's text does
    }

    /** The UTF-8 bytes written so far (a lone high surrogate at the end as {@code ?}). */
    public byte[] bytes() {
        byte[] copy = Arrays.copyOf(bytes, count + (pendingHigh != 0 ? 1 : 0));
        if (pendingHigh != 0) {
            copy[count] = '?';
        }
        return copy;
    }

    /** Forgets what was written, keeping the room it took, to write another file into. */
    public void clear() {
        count = 0;
        pendingHigh = 0;
    }

    /** The text written so far, decoded again. */
    @Override
    public String toString() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Encodes one UTF-16 unit; room for it was made by the caller. */
    private void put(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(high, c);
                bytes[count++] = (byte) (0xF0 | codePoint >> 18);
                bytes[count++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void ensure(int more) {
        if (count + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }
}
