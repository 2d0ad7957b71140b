package se.kvarter.output;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} without its lock.
 * StringWriter appends to a StringBuffer, which takes a lock on every call; ical4j's folding
 * writer hands over a calendar one character at a time and Freemarker a page in small pieces,
 * always from the one thread that renders the file, so the locks only cost time.
 */
public final class TextBuffer extends Writer {

    private final StringBuilder text;

    public TextBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public Writer append(CharSequence chars, int start, int end) {
        text.append(chars, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered elsewhere
    }

    @Override
    public void close() {
        // text stays readable after closing, as with StringWriter
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
