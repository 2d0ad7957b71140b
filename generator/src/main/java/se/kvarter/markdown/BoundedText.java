package se.kvarter.markdown;

/**
 * The HTML of one body as it is written, refused once it passes a number of characters: a
 * short text can become a great deal of HTML (a long link used by reference thousands of
 * times), and the limit must hold before the memory is spent, not after.
 */
final class BoundedText implements Appendable {

    /** Thrown when the text would pass its limit; carries no stack, as it is expected. */
    static final class Full extends RuntimeException {
        Full() {
            super("the HTML passed its limit", null, false, false);
        }
    }

    private final StringBuilder text;
    private final int limit;

    /** @param expected about how long the text will be: room made at once rather than by doubling */
    BoundedText(int limit, int expected) {
        this.limit = limit;
        this.text = new StringBuilder(Math.min(limit, Math.max(16, expected)));
    }

    @Override
    public Appendable append(CharSequence more) {
        if (more instanceof String string) {
            // whole: the builder copies a string's array at once, where a range of a
            // CharSequence is copied a character at a time (every body's HTML passes here)
            if (text.length() + string.length() > limit) {
                throw new Full();
            }
            text.append(string);
            return this;
        }
        CharSequence chars = more == null ? "null" : more;
        return append(chars, 0, chars.length());
    }

    @Override
    public Appendable append(CharSequence more, int start, int end) {
        if (text.length() + (end - start) > limit) {
            throw new Full();
        }
        text.append(more == null ? "null" : more, start, end);
        return this;
    }

    @Override
    public Appendable append(char c) {
        if (text.length() + 1 > limit) {
            throw new Full();
        }
        text.append(c);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
