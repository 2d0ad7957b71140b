package se.kvarter.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reads what the page check needs from one built page, walking its tags as the HTML standard's
 * tokenizer (the one jsoup implements) does: start tags with their attributes, end tags, comments,
 * the doctype, and the content of {@code script}, {@code style}, {@code title}, {@code textarea}
 * and their kin as text up to their end tag; line and column only for the elements a finding
 * names.
 *
 * <p>Why not jsoup: the check reads every page of every build, and building a tree (or reporting
 * every character, as a markup parser does) spends most of that time on what the check never uses
 * (bench/RESULTS.md). Where tags alone cannot tell what jsoup's tree would hold, this throws
 * {@link Unsure} and {@link PageScan#of} reads the page with jsoup; the tree builder's repairs of
 * invalid nesting do not change which tags a page has.
 */
final class PageTokens {

    /**
     * Markup whose reading depends on more than the tokenizer, so the page goes to jsoup: markup
     * cut off at the end, bogus comments, CDATA, processing instructions, comments the standard
     * closes early, a comment inside a script, raw-text elements inside SVG or MathML, and
     * {@code image}, which the tree builder makes an {@code img}.
     */
    static final class Unsure extends Exception {
        Unsure(String what) {
            super(what, null, false, false); // thrown per odd page, not per bug: no stack trace
        }
    }

    /** The elements the check looks at, or whose content the tokenizer reads differently. */
    private enum Kind { OTHER, A, LINK, IMG, IMAGE, SCRIPT, STYLE, META, H1, TEXT, PLAINTEXT, FOREIGN }

    /** The page in UTF-8: every byte of markup is ASCII, and no byte of a longer character is. */
    private final byte[] page;
    private final Set<String> ids = new HashSet<>();
    private final List<PageScan.Found> duplicateIds = new ArrayList<>(0);
    private final List<PageScan.Found> imagesWithoutAlt = new ArrayList<>(0);
    private final List<PageScan.Link> links = new ArrayList<>();
    private int headings;
    private boolean redirect;
    /** How many {@code svg} and {@code math} elements are open. */
    private int foreign;

    /** Lines counted up to {@link #counted}: the line there, and the column there in UTF-16 units less one. */
    private int counted;
    private int line = 1;
    private int column;

    /** The start tag being read: its kind, where its {@code <} is, and the attributes the check needs. */
    private Kind kind;
    private int tagStart;
    private String id;
    private String href;
    private String src;
    private String httpEquiv;
    private boolean alt;
    /** Whether the tag ended in {@code />} (a slash of an unquoted value does not count). */
    private boolean selfClosing;

    private PageTokens(byte[] utf8) {
        this.page = utf8;
    }

    /** Reads the page {@code utf8}, or throws {@link Unsure} where jsoup could read it differently. */
    static PageScan read(byte[] utf8) throws Unsure {
        PageTokens tokens = new PageTokens(utf8);
        tokens.readAll();
        return new PageScan(tokens.ids, tokens.duplicateIds, tokens.headings, tokens.redirect,
                tokens.imagesWithoutAlt, tokens.links);
    }

    private void readAll() throws Unsure {
        byte[] page = this.page; // a local: C1, the build's compiler, reloads fields in every pass of a loop
        int at = 0;
        int end = page.length;
        while (true) {
            while (at < end && page[at] != '<') {
                at++;
            }
            if (at + 1 >= end) {
                return; // no more markup: a last '<' is text
            }
            byte next = page[at + 1];
            if (isAsciiLetter(next)) {
                at = startTag(at);
            } else if (next == '/') {
                at = endTag(at);
            } else if (next == '!') {
                at = declaration(at);
            } else if (next == '?') {
                throw new Unsure("a processing instruction"); // a bogus comment up to the next '>'
            } else {
                at++; // a '<' that starts no tag is text
            }
            if (at < 0) {
                return; // everything after plaintext is text
            }
        }
    }

    /** Reads the start tag at {@code lt}; returns where reading goes on, or -1 when the rest is text. */
    private int startTag(int lt) throws Unsure {
        int nameEnd = nameEnd(lt + 1);
        Kind started = kind(lt + 1, nameEnd - lt - 1);
        if (started == Kind.IMAGE) {
            throw new Unsure("an image element"); // an img for jsoup's tree builder, outside SVG
        }
        if (foreign > 0 && (started == Kind.SCRIPT || started == Kind.STYLE || started == Kind.TEXT
                || started == Kind.PLAINTEXT)) {
            throw new Unsure("a raw-text element in SVG or MathML"); // whose content is markup there
        }
        kind = started;
        tagStart = lt;
        id = null;
        href = null;
        src = null;
        httpEquiv = null;
        alt = false;
        selfClosing = false;
        int after = attributes(nameEnd, true);
        return element(lt + 1, nameEnd, after);
    }

    /** Notes the start tag just read; returns where reading goes on, or -1 when the rest is text. */
    private int element(int nameStart, int nameEnd, int after) throws Unsure {
        if (id != null && !ids.add(id)) {
            duplicateIds.add(found(id));
        }
        switch (kind) {
            case H1 -> headings++;
            case META -> redirect |= httpEquiv != null && "refresh".equalsIgnoreCase(httpEquiv);
            case IMG -> {
                if (!alt) {
                    imagesWithoutAlt.add(found(src == null ? "" : src));
                }
                if (src != null) {
                    links.add(link(href != null ? href : src));
                }
            }
            case A, LINK -> {
                if (href != null) {
                    links.add(link(href));
                }
            }
            case SCRIPT -> {
                if (src != null) {
                    links.add(link(href != null ? href : src));
                }
                // HTML ignores the slash of <script/>: its content is text either way
                return textUntilEndTag(nameStart, nameEnd, after, true);
            }
            case STYLE, TEXT -> {
                return textUntilEndTag(nameStart, nameEnd, after, false);
            }
            case PLAINTEXT -> {
                return -1;
            }
            case FOREIGN -> foreign += selfClosing ? 0 : 1;
            default -> {
            }
        }
        return after;
    }

    /**
     * Skips the text content of the element named at {@code nameStart} up to its end tag, which
     * is then read as any end tag. A script's content is only plain text without {@code <!--}:
     * after one, the standard's escaped states can hide the first {@code </script>}.
     */
    private int textUntilEndTag(int nameStart, int nameEnd, int from, boolean script) throws Unsure {
        byte[] page = this.page;
        int length = nameEnd - nameStart;
        for (int at = from; at + 1 + length < page.length; at++) {
            if (page[at] != '<') {
                continue;
            }
            if (script && page[at + 1] == '!' && at + 3 < page.length && page[at + 2] == '-' && page[at + 3] == '-') {
                throw new Unsure("a comment in a script");
            }
            if (page[at + 1] == '/' && sameName(at + 2, nameStart, length) && at + 2 + length < page.length
                    && endsName(page[at + 2 + length])) {
                return at;
            }
        }
        throw new Unsure("text cut off before its end tag");
    }

    /** Reads the end tag, comment-like or bogus markup at {@code lt} (a {@code </}). */
    private int endTag(int lt) throws Unsure {
        if (lt + 2 >= page.length) {
            throw new Unsure("markup cut off");
        }
        if (page[lt + 2] == '>') {
            return lt + 3; // </> is dropped
        }
        if (!isAsciiLetter(page[lt + 2])) {
            throw new Unsure("a bogus comment"); // </ followed by anything else: a comment up to the next '>'
        }
        int nameEnd = nameEnd(lt + 2);
        if (kind(lt + 2, nameEnd - lt - 2) == Kind.FOREIGN && foreign > 0) {
            foreign--;
        }
        kind = null;
        return attributes(nameEnd, false); // an end tag's attributes are read, and dropped
    }

    /** Reads a comment or the doctype at {@code lt} (a {@code <!}). */
    private int declaration(int lt) throws Unsure {
        if (startsWith(lt + 2, "--")) {
            int content = lt + 4;
            if (startsWith(content, ">") || startsWith(content, "->")) {
                throw new Unsure("a comment that the standard closes early");
            }
            for (int at = content; at + 2 < page.length; at++) {
                if (page[at] == '-' && page[at + 1] == '-') {
                    if (page[at + 2] == '>') {
                        return at + 3;
                    }
                    if (page[at + 2] == '!' && startsWith(at + 3, ">")) {
                        throw new Unsure("a comment closed by --!>");
                    }
                }
            }
            throw new Unsure("a comment cut off");
        }
        if (startsWithIgnoringCase(lt + 2, "doctype")) {
            for (int at = lt + 9; at < page.length; at++) {
                if (page[at] == '>') {
                    return at + 1;
                }
            }
            throw new Unsure("a doctype cut off");
        }
        throw new Unsure("a bogus comment or CDATA section"); // a comment up to the next '>' outside SVG
    }

    /**
     * Reads the attributes of a tag from {@code at} (after its name) to its {@code >}, keeping the
     * first of each name the check needs when {@code keep}; returns the offset after the {@code >}.
     */
    private int attributes(int at, boolean keep) throws Unsure {
        byte[] page = this.page;
        int end = page.length;
        while (true) {
            at = skipWhitespace(at);
            if (at >= end) {
                throw new Unsure("a tag cut off");
            }
            byte c = page[at];
            if (c == '>') {
                return at + 1;
            }
            if (c == '/') {
                if (at + 1 < end && page[at + 1] == '>') {
                    selfClosing = true;
                    return at + 2;
                }
                at++;
                continue; // a slash not before '>' is dropped
            }
            int nameStart = at;
            at++; // the first character belongs to the name even when it is '='
            while (at < end && !isWhitespace(page[at]) && page[at] != '/' && page[at] != '>' && page[at] != '=') {
                at++;
            }
            int nameEnd = at;
            at = skipWhitespace(at);
            int valueStart = -1;
            int valueEnd = -1;
            if (at < end && page[at] == '=') {
                at = skipWhitespace(at + 1);
                if (at >= end) {
                    throw new Unsure("a tag cut off");
                }
                byte quote = page[at];
                if (quote == '"' || quote == '\'') {
                    valueStart = at + 1;
                    valueEnd = valueStart;
                    while (valueEnd < end && page[valueEnd] != quote) {
                        valueEnd++;
                    }
                    if (valueEnd >= end) {
                        throw new Unsure("a value cut off");
                    }
                    at = valueEnd + 1;
                } else if (quote != '>') {
                    valueStart = at;
                    while (at < end && !isWhitespace(page[at]) && page[at] != '>') {
                        at++;
                    }
                    valueEnd = at;
                }
            }
            if (keep && kind != null) {
                attribute(nameStart, nameEnd - nameStart, valueStart, valueEnd);
            }
        }
    }

    /** Keeps an attribute of the start tag being read when the check needs it (jsoup keeps the first of a name). */
    private void attribute(int name, int length, int valueStart, int valueEnd) {
        if (id == null && named(name, length, "id")) {
            id = value(valueStart, valueEnd);
        } else if (kind == Kind.META) {
            if (httpEquiv == null && named(name, length, "http-equiv")) {
                httpEquiv = value(valueStart, valueEnd);
            }
        } else if (kind != Kind.A && kind != Kind.LINK && kind != Kind.IMG && kind != Kind.SCRIPT) {
            return;
        } else if (href == null && named(name, length, "href")) {
            href = value(valueStart, valueEnd);
        } else if (src == null && named(name, length, "src")) {
            src = value(valueStart, valueEnd);
        } else if (named(name, length, "alt")) {
            alt = true;
        }
    }

    /** An attribute's value as jsoup gives it: character references decoded, NUL replaced; "" without a value. */
    private String value(int start, int end) {
        if (start < 0) {
            return "";
        }
        String value = new String(page, start, end - start, StandardCharsets.UTF_8);
        if (value.indexOf('&') >= 0) {
            value = Parser.unescapeEntities(value, true);
        }
        return value.indexOf('\0') >= 0 ? value.replace('\0', '\uFFFD') : value;
    }

    /**
     * {@code value} found at the start tag being read, with the line and column of its {@code <}
     * ({@link #position}).
     */
    private PageScan.Found found(String value) {
        int[] at = position(page, counted, line, column, tagStart);
        counted = tagStart;
        line = at[0];
        column = at[1] - 1;
        return new PageScan.Found(value, at[0], at[1]);
    }

    /**
     * A link at the start tag being read, with where its {@code <} is in the page's bytes: its line
     * and column are worked out only for a link that is reported ({@link #position}). Every page
     * has dozens of links and hardly ever a broken one, and counting lines and columns up to each
     * link read the whole of every page a second time.
     */
    private PageScan.Link link(String value) {
        return new PageScan.Link(value, tagStart, 0, 0);
    }

    /** The line and column (1-based) of the byte at {@code offset} of the page {@code utf8}. */
    static int[] position(byte[] utf8, int offset) {
        return position(utf8, 0, 1, 0, offset);
    }

    /**
     * The line and column of {@code offset}, counting on from {@code from}, where the line is
     * {@code line} and {@code column} columns are behind. Columns count UTF-16 units, as jsoup's
     * do: one for each character that starts in a byte other than a continuation byte
     * ({@code 10xxxxxx}), two for one of four bytes (a pair).
     */
    private static int[] position(byte[] page, int from, int line, int column, int offset) {
        for (int at = from; at < offset; at++) {
            byte b = page[at];
            if (b == '\n') {
                line++;
                column = 0;
            } else if (b >= 0) {
                column++; // ASCII
            } else if (b >= (byte) 0xF0) {
                column += 2; // the first of four bytes: a pair of surrogates in UTF-16
            } else if (b >= (byte) 0xC0) {
                column++; // the first of two or three bytes; continuation bytes (10xxxxxx) add nothing
            }
        }
        return new int[] {line, column + 1};
    }

    /** Where a tag name starting at {@code at} ends: at whitespace, '/' or '>'. */
    private int nameEnd(int at) {
        byte[] page = this.page;
        while (at < page.length && !endsName(page[at])) {
            at++;
        }
        return at;
    }

    private int skipWhitespace(int at) {
        byte[] page = this.page;
        while (at < page.length && isWhitespace(page[at])) {
            at++;
        }
        return at;
    }

    private static boolean endsName(byte c) {
        return isWhitespace(c) || c == '/' || c == '>';
    }

    /** The standard's whitespace in tags (a carriage return counts, as the input stream makes it a line feed). */
    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private boolean startsWith(int at, String text) {
        if (at + text.length() > page.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (page[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoringCase(int at, String lowerCase) {
        return at + lowerCase.length() <= page.length && named(at, lowerCase.length(), lowerCase);
    }

    /** Whether the {@code length} characters at {@code at} and at {@code other} are the same name, in any ASCII case. */
    private boolean sameName(int at, int other, int length) {
        if (at + length > page.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lower(page[at + i]) != lower(page[other + i])) {
                return false;
            }
        }
        return true;
    }

    /** The byte in ASCII lower case; bytes of other characters (negative) stay as they are. */
    private static int lower(byte c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private Kind kind(int offset, int length) {
        return switch (length) {
            case 1 -> named(offset, length, "a") ? Kind.A : Kind.OTHER;
            case 2 -> named(offset, length, "h1") ? Kind.H1 : Kind.OTHER;
            case 3 -> named(offset, length, "img") ? Kind.IMG
                    : named(offset, length, "svg") ? Kind.FOREIGN
                    : named(offset, length, "xmp") ? Kind.TEXT : Kind.OTHER;
            case 4 -> named(offset, length, "link") ? Kind.LINK
                    : named(offset, length, "meta") ? Kind.META
                    : named(offset, length, "math") ? Kind.FOREIGN : Kind.OTHER;
            case 5 -> named(offset, length, "title") ? Kind.TEXT
                    : named(offset, length, "style") ? Kind.STYLE
                    : named(offset, length, "image") ? Kind.IMAGE : Kind.OTHER;
            case 6 -> named(offset, length, "script") ? Kind.SCRIPT
                    : named(offset, length, "iframe") ? Kind.TEXT : Kind.OTHER;
            case 7 -> named(offset, length, "noembed") ? Kind.TEXT : Kind.OTHER;
            case 8 -> named(offset, length, "textarea") || named(offset, length, "noframes")
                    ? Kind.TEXT : Kind.OTHER;
            case 9 -> named(offset, length, "plaintext") ? Kind.PLAINTEXT : Kind.OTHER;
            default -> Kind.OTHER;
        };
    }

    /** Whether the name at {@code offset} is {@code name} (lower-case ASCII), ignoring ASCII case as jsoup does. */
    private boolean named(int offset, int length, String name) {
        if (length != name.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (lower(page[offset + i]) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
