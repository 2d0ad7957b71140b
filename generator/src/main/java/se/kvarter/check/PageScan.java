package se.kvarter.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What the page check needs from one HTML page: its ids (and the ids it repeats), how many
 * {@code h1} it has, whether it is a redirect, its images without alt text, and the addresses of
 * its links, images and scripts, each at the line and column where its element starts.
 *
 * <p>A page is read as a stream of markup events (attoparser), without building a document tree,
 * and gives what jsoup finds in the tree it builds: names in any case, the first of repeated
 * attributes, attribute values with character references decoded, and no elements inside
 * {@code title}, {@code textarea} and the other elements whose content is text. Where the two
 * parsers could read the markup differently (markup cut off at the end, a {@code script} inside
 * such text, raw-text elements inside SVG or MathML, CDATA sections, processing instructions,
 * comments closed early, a {@code <} in text, {@code image} that jsoup makes an {@code img}), the
 * page is read with jsoup instead, as {@link #tree} does. Built pages do not have such markup.
 * What this does not repeat is how jsoup's tree builder repairs invalid nesting (it drops a stray
 * {@code td}, copies a misnested {@code a} into the next paragraph); built pages are valid HTML.
 */
record PageScan(Set<String> ids, List<Found> duplicateIds, int headings, boolean redirect,
                List<Found> imagesWithoutAlt, List<Found> links) {

    /** A value on a page, at the line and column (both 1-based, in UTF-16 units) where its element starts. */
    record Found(String value, int line, int column) {
    }

    private static final MarkupParser PARSER = new MarkupParser(configuration());

    /**
     * HTML, without balancing elements: the scan needs the elements as written, not the tree a
     * browser would make of them (which takes attoparser a look-up of every element's name in its
     * HTML rules and was a third of its time).
     */
    private static ParseConfiguration configuration() {
        ParseConfiguration configuration = ParseConfiguration.htmlConfiguration();
        configuration.setElementBalancing(ParseConfiguration.ElementBalancing.NO_BALANCING);
        return configuration;
    }

    /** Reads {@code html}. */
    static PageScan of(String html) {
        try {
            return events(html);
        } catch (ParseException e) {
            return tree(html);
        }
    }

    /**
     * Reads {@code html} as a stream of markup events.
     *
     * @throws ParseException when the markup is one that jsoup could read differently
     */
    static PageScan events(String html) throws ParseException {
        Events events = new Events();
        PARSER.parse(html.toCharArray(), events);
        return new PageScan(events.ids, events.duplicateIds, events.headings, events.redirect,
                events.imagesWithoutAlt, events.links);
    }

    /** Reads {@code html} into a jsoup document and finds the same in its tree. */
    static PageScan tree(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Set<String> ids = new HashSet<>();
        List<Found> duplicateIds = new ArrayList<>();
        for (Element element : page.select("[id]")) {
            if (!ids.add(element.id())) {
                duplicateIds.add(found(element, element.id()));
            }
        }
        List<Found> imagesWithoutAlt = new ArrayList<>();
        for (Element image : page.select("img")) {
            if (!image.hasAttr("alt")) {
                imagesWithoutAlt.add(found(image, image.attr("src")));
            }
        }
        List<Found> links = new ArrayList<>();
        for (Element link : page.select("a[href], link[href], img[src], script[src]")) {
            links.add(found(link, link.hasAttr("href") ? link.attr("href") : link.attr("src")));
        }
        return new PageScan(ids, duplicateIds, page.select("h1").size(),
                page.selectFirst("meta[http-equiv=refresh]") != null, imagesWithoutAlt, links);
    }

    private static Found found(Element element, String value) {
        var range = element.sourceRange();
        return range.isTracked()
                ? new Found(value, range.start().lineNumber(), range.start().columnNumber())
                : new Found(value, 1, 1);
    }

    /** The elements the check looks at, or whose content the two parsers read differently. */
    private enum Kind { OTHER, A, LINK, IMG, IMAGE, SCRIPT, STYLE, META, H1, TEXT, PLAINTEXT, FOREIGN }

    /** Markup that jsoup could read differently from the event parser. */
    private static final class Unsure extends ParseException {
        Unsure(String what) {
            super(what);
        }
    }

    /** Collects a page's findings from the parser's events, element by element. */
    private static final class Events extends AbstractMarkupHandler {

        final Set<String> ids = new HashSet<>();
        final List<Found> duplicateIds = new ArrayList<>(0);
        final List<Found> imagesWithoutAlt = new ArrayList<>(0);
        final List<Found> links = new ArrayList<>();
        int headings;
        boolean redirect;

        /** The element whose content is text until its end tag ({@code title}, {@code textarea} ...), or null. */
        private String textUntil;
        /** After {@code plaintext}, everything is text. */
        private boolean plainText;
        /** How many {@code svg} and {@code math} elements are open. */
        private int foreign;
        /** Inside a {@code script} or {@code style} element, whose content the event parser reads as text. */
        private boolean scriptText;

        /** The element whose start tag is being read, or null (none, or one inside text). */
        private Kind kind;
        private int line;
        private int column;
        private String id;
        private String href;
        private String src;
        private String httpEquiv;
        private boolean alt;

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int length, int line, int column)
                throws ParseException {
            start(buffer, offset, length, line, column);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int length, boolean minimized,
                                                 int line, int column) throws ParseException {
            start(buffer, offset, length, line, column);
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int length, int line, int column) {
            end(buffer, offset, length, false);
        }

        @Override
        public void handleStandaloneElementEnd(char[] buffer, int offset, int length, boolean minimized,
                                               int line, int column) {
            end(buffer, offset, length, true);
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int length, int line, int column) {
            close(buffer, offset, length);
        }

        @Override
        public void handleUnmatchedCloseElementStart(char[] buffer, int offset, int length, int line, int column) {
            close(buffer, offset, length);
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLength, int nameLine, int nameColumn,
                                    int operatorOffset, int operatorLength, int operatorLine, int operatorColumn,
                                    int valueContentOffset, int valueContentLength, int valueOuterOffset,
                                    int valueOuterLength, int valueLine, int valueColumn) {
            if (kind == null) {
                return;
            }
            int operatorEnd = operatorLength == 0 ? -1 : operatorOffset + operatorLength;
            // jsoup keeps the first of two attributes with one name
            if (id == null && named(buffer, nameOffset, nameLength, "id")) {
                id = value(buffer, operatorEnd, valueContentOffset, valueContentLength, valueOuterLength);
            } else if (kind == Kind.META) {
                if (httpEquiv == null && named(buffer, nameOffset, nameLength, "http-equiv")) {
                    httpEquiv = value(buffer, operatorEnd, valueContentOffset, valueContentLength, valueOuterLength);
                }
            } else if (kind != Kind.A && kind != Kind.LINK && kind != Kind.IMG && kind != Kind.SCRIPT) {
                return;
            } else if (href == null && named(buffer, nameOffset, nameLength, "href")) {
                href = value(buffer, operatorEnd, valueContentOffset, valueContentLength, valueOuterLength);
            } else if (src == null && named(buffer, nameOffset, nameLength, "src")) {
                src = value(buffer, operatorEnd, valueContentOffset, valueContentLength, valueOuterLength);
            } else if (named(buffer, nameOffset, nameLength, "alt")) {
                alt = true;
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int length, int line, int column) throws ParseException {
            if (scriptText) {
                return;
            }
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '<') {
                    throw new Unsure("a < in text"); // for jsoup it may start a tag or a comment
                }
            }
        }

        @Override
        public void handleComment(char[] buffer, int contentOffset, int contentLength, int outerOffset,
                                  int outerLength, int line, int column) throws ParseException {
            if (textUntil != null) {
                throw new Unsure("a comment in text"); // the end tag of the text may be inside it
            }
            String content = new String(buffer, contentOffset, contentLength);
            if (content.startsWith(">") || content.startsWith("->") || content.contains("--!>")) {
                throw new Unsure("a comment that jsoup closes early");
            }
        }

        @Override
        public void handleCDATASection(char[] buffer, int contentOffset, int contentLength, int outerOffset,
                                       int outerLength, int line, int column) throws ParseException {
            throw new Unsure("a CDATA section"); // a comment up to the next > for jsoup, outside SVG and MathML
        }

        @Override
        public void handleProcessingInstruction(char[] buffer, int targetOffset, int targetLength, int targetLine,
                                                int targetColumn, int contentOffset, int contentLength,
                                                int contentLine, int contentColumn, int outerOffset,
                                                int outerLength, int line, int column) throws ParseException {
            throw new Unsure("a processing instruction"); // a comment up to the next > for jsoup
        }

        @Override
        public void handleXmlDeclaration(char[] buffer, int keywordOffset, int keywordLength, int keywordLine,
                                         int keywordColumn, int versionOffset, int versionLength, int versionLine,
                                         int versionColumn, int encodingOffset, int encodingLength,
                                         int encodingLine, int encodingColumn, int standaloneOffset,
                                         int standaloneLength, int standaloneLine, int standaloneColumn,
                                         int outerOffset, int outerLength, int line, int column)
                throws ParseException {
            throw new Unsure("an XML declaration");
        }

        private void start(char[] buffer, int offset, int length, int line, int column) throws ParseException {
            Kind started = kind(buffer, offset, length);
            kind = null;
            if (plainText) {
                return;
            }
            if (textUntil != null) {
                if (started == Kind.SCRIPT || started == Kind.STYLE) {
                    throw new Unsure("a script in text"); // its content would hide the end tag of the text
                }
                return;
            }
            if (started == Kind.IMAGE) {
                throw new Unsure("an image element"); // an img for jsoup, outside SVG
            }
            if (foreign > 0 && (started == Kind.SCRIPT || started == Kind.STYLE || started == Kind.TEXT
                    || started == Kind.PLAINTEXT)) {
                throw new Unsure("a raw-text element in SVG or MathML"); // whose content is markup there
            }
            kind = started;
            this.line = line;
            this.column = column;
            id = null;
            href = null;
            src = null;
            httpEquiv = null;
            alt = false;
        }

        private void end(char[] buffer, int offset, int length, boolean standalone) {
            if (kind == null) {
                return;
            }
            if (id != null && !ids.add(id)) {
                duplicateIds.add(new Found(id, line, column));
            }
            switch (kind) {
                case H1 -> headings++;
                case META -> redirect |= httpEquiv != null && "refresh".equalsIgnoreCase(httpEquiv);
                case IMG -> {
                    if (!alt) {
                        imagesWithoutAlt.add(new Found(src == null ? "" : src, line, column));
                    }
                    if (src != null) {
                        links.add(new Found(href != null ? href : src, line, column));
                    }
                }
                case A, LINK -> {
                    if (href != null) {
                        links.add(new Found(href, line, column));
                    }
                }
                case SCRIPT, STYLE -> {
                    if (kind == Kind.SCRIPT && src != null) {
                        links.add(new Found(href != null ? href : src, line, column));
                    }
                    if (standalone) { // the event parser reads their content as text, unless the tag closes itself
                        textUntil = kind == Kind.SCRIPT ? "script" : "style";
                    } else {
                        scriptText = true;
                    }
                }
                // jsoup reads the content as text even after a self-closing start tag
                case TEXT -> textUntil = new String(buffer, offset, length).toLowerCase(Locale.ROOT);
                case PLAINTEXT -> plainText = true;
                case FOREIGN -> foreign += standalone ? 0 : 1;
                default -> {
                }
            }
            kind = null;
        }

        private void close(char[] buffer, int offset, int length) {
            if (textUntil != null) {
                if (named(buffer, offset, length, textUntil)) {
                    textUntil = null;
                }
            } else {
                Kind closed = kind(buffer, offset, length);
                if (closed == Kind.SCRIPT || closed == Kind.STYLE) {
                    scriptText = false;
                } else if (closed == Kind.FOREIGN && foreign > 0) {
                    foreign--;
                }
            }
        }

        private static Kind kind(char[] buffer, int offset, int length) {
            return switch (length) {
                case 1 -> named(buffer, offset, length, "a") ? Kind.A : Kind.OTHER;
                case 2 -> named(buffer, offset, length, "h1") ? Kind.H1 : Kind.OTHER;
                case 3 -> named(buffer, offset, length, "img") ? Kind.IMG
                        : named(buffer, offset, length, "svg") ? Kind.FOREIGN
                        : named(buffer, offset, length, "xmp") ? Kind.TEXT : Kind.OTHER;
                case 4 -> named(buffer, offset, length, "link") ? Kind.LINK
                        : named(buffer, offset, length, "meta") ? Kind.META
                        : named(buffer, offset, length, "math") ? Kind.FOREIGN : Kind.OTHER;
                case 5 -> named(buffer, offset, length, "title") ? Kind.TEXT
                        : named(buffer, offset, length, "style") ? Kind.STYLE
                        : named(buffer, offset, length, "image") ? Kind.IMAGE : Kind.OTHER;
                case 6 -> named(buffer, offset, length, "script") ? Kind.SCRIPT
                        : named(buffer, offset, length, "iframe") ? Kind.TEXT : Kind.OTHER;
                case 7 -> named(buffer, offset, length, "noembed") ? Kind.TEXT : Kind.OTHER;
                case 8 -> named(buffer, offset, length, "textarea") || named(buffer, offset, length, "noframes")
                        ? Kind.TEXT : Kind.OTHER;
                case 9 -> named(buffer, offset, length, "plaintext") ? Kind.PLAINTEXT : Kind.OTHER;
                default -> Kind.OTHER;
            };
        }

        /**
         * An attribute's value as jsoup gives it: character references decoded, NUL replaced, and a
         * value without quotes ending in the slash of {@code />} ({@code href=/x/>} is {@code /x/}).
         */
        private static String value(char[] buffer, int operatorEnd, int offset, int length, int outerLength) {
            String value = new String(buffer, offset, length);
            int next = length > 0 ? offset + length : operatorEnd;
            if (operatorEnd >= 0 && length == outerLength && next < buffer.length && buffer[next] == '/') {
                value = value + "/";
            }
            if (value.indexOf('&') >= 0) {
                value = Parser.unescapeEntities(value, true);
            }
            return value.indexOf('\0') >= 0 ? value.replace('\0', '\uFFFD') : value;
        }

        /** Whether the name at {@code offset} is {@code name} (lower-case ASCII), ignoring ASCII case as jsoup does. */
        private static boolean named(char[] buffer, int offset, int length, String name) {
            if (length != name.length()) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                char c = buffer[offset + i];
                if (c != name.charAt(i) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == name.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
