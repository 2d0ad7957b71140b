package se.kvarter.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import se.kvarter.source.ImageSize;
import se.kvarter.source.Position;

/**
 * Renders a content body: CommonMark with GFM tables, autolinks and strikethrough, ids on
 * headings; content links ({@code place:kallaren}) and {@code files/} paths turned into site
 * URLs; headings moved so the body's top heading is an {@code h2} under the page's {@code h1};
 * and the HTML sanitised unless the site trusts its authors. One instance serves a whole build
 * and may be used from several threads.
 */
public final class MarkdownRenderer {

    private static final Pattern CONTENT_LINK = Pattern.compile("(place|news|event|page):([^/?#\\s]+)(#.*)?");
    private static final String DECORATIVE = "decorative";
    /** A level-1 heading in an author's own HTML, and its text when it is plain. */
    private static final Pattern LEVEL_ONE = Pattern.compile("<h1(?:\\s[^>]*)?>([^<]*)", Pattern.CASE_INSENSITIVE);

    /** Parsers that note where each node is written, for a body's mistakes; and parsers that do not, for its first reading. */
    private final Parsers withPositions;
    private final Parsers withoutPositions;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** A parser, and the same without autolinks for a body without text where one could start ({@link Autolinks}). */
    private record Parsers(Parser all, Parser withoutAutolinks) {

        static Parsers of(List<Extension> extensions, IncludeSourceSpans spans) {
            return new Parsers(Parser.builder().extensions(extensions).includeSourceSpans(spans).build(),
                    Parser.builder().extensions(extensions.stream().filter(e -> !(e instanceof AutolinkExtension)).toList())
                            .includeSourceSpans(spans).build());
        }

        Node parse(String source) {
            Node document = withoutAutolinks.parse(source);
            return Autolinks.possibleIn(document) ? all.parse(source) : document;
        }
    }

    public MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create(), HeadingAnchorExtension.create());
        this.withPositions = Parsers.of(extensions, IncludeSourceSpans.BLOCKS_AND_INLINES);
        this.withoutPositions = Parsers.of(extensions, IncludeSourceSpans.NONE);
        this.renderer = HtmlRenderer.builder().extensions(extensions).build();
    }

    /**
     * @param file      the content file, for positions
     * @param firstLine the line of the file where {@code source} starts
     * @param trusted   whether raw HTML is kept as written ({@code trustedHtml: true})
     */
    public String render(String source, String file, int firstLine, LinkResolver links, boolean trusted) {
        return render(source, file, firstLine, links, trusted, false);
    }

    /**
     * @param scriptAllowed whether trusted HTML may hold script ({@code allowScriptFiles: true});
     *                      else script in it is reported where it is written
     */
    public String render(String source, String file, int firstLine, LinkResolver links, boolean trusted,
                         boolean scriptAllowed) {
        return render(source, file, firstLine, links, trusted, scriptAllowed, withPositions);
    }

    /**
     * {@link #render} for a body's first reading, without noting where each part is written: the
     * same HTML, and every mistake placed at the body's first line. Most bodies have none, and
     * the positions are a tenth of a parse; a caller that is told of a mistake reads the body
     * again with {@link #render}, for where it is.
     */
    public String renderWithoutPositions(String source, String file, int firstLine, LinkResolver links,
                                         boolean trusted, boolean scriptAllowed) {
        return render(source, file, firstLine, links, trusted, scriptAllowed, withoutPositions);
    }

    private String render(String source, String file, int firstLine, LinkResolver links, boolean trusted,
                          boolean scriptAllowed, Parsers parsers) {
        if (source.isBlank()) {
            return "";
        }
        List<MarkdownBounds.Excess> excesses = MarkdownBounds.check(source);
        if (!excesses.isEmpty()) {
            for (MarkdownBounds.Excess excess : excesses) {
                links.beyondBound(excess.key(), new Position(file, firstLine + excess.line(), excess.column() + 1),
                        excess.limit(), excess.found());
            }
            return "";
        }
        Node document = parsers.parse(source);
        Optional<Node> tooDeep = Nesting.firstBeyond(document, MarkdownBounds.MAX_NESTING);
        if (tooDeep.isPresent()) {
            links.beyondBound("markdown.too-deep", Nesting.position(tooDeep.get(), file, firstLine),
                    MarkdownBounds.MAX_NESTING, MarkdownBounds.MAX_NESTING + 1);
            return "";
        }
        Rewriter rewriter = new Rewriter(file, firstLine, links, trusted, trusted && !scriptAllowed);
        document.accept(rewriter);
        shiftHeadings(document);
        // HTML is the text and some markup: a quarter more than the source is room for most bodies
        BoundedText html = new BoundedText(MarkdownBounds.MAX_HTML, source.length() + source.length() / 4);
        try {
            renderer.render(document, html);
        } catch (BoundedText.Full full) {
            links.beyondBound("markdown.too-much-html", new Position(file, firstLine, 1), MarkdownBounds.MAX_HTML,
                    MarkdownBounds.MAX_HTML);
            return "";
        }
        // Without raw HTML the renderer's output is safe by construction (text and attributes are
        // escaped, link schemes were checked above), so the sanitiser's parse is needed only when
        // an author wrote HTML. Void elements lose CommonMark's XML-style slash: only a tag can
        // hold " />", as text and attribute values have their quotes and angle brackets escaped.
        String safe;
        if (trusted) {
            safe = rewriter.files.isEmpty() ? html.toString() : sanitizer.withFiles(html.toString(), rewriter.files);
        } else {
            safe = rewriter.rawHtml ? sanitizer.clean(html.toString(), rewriter.files) : html.toString().replace(" />", ">");
        }
        return rewriter.sized.isEmpty() ? safe : ImageAttributes.sized(safe, rewriter.sized);
    }

    /** Moves every heading by the same amount so that the highest one is an {@code h2}. */
    private static void shiftHeadings(Node document) {
        int[] top = {7};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                top[0] = Math.min(top[0], heading.getLevel());
            }
        });
        if (top[0] == 7 || top[0] == 2) {
            return;
        }
        int shift = 2 - top[0];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.max(2, Math.min(6, heading.getLevel() + shift)));
            }
        });
    }

    /** Resolves links and checks images, in place. */
    private static final class Rewriter extends AbstractVisitor {
        private final String file;
        private final int firstLine;
        private final LinkResolver links;
        /** The images of the document whose size is known, by URL. */
        private final Map<String, ImageSize> sized = new HashMap<>();
        /** Whether the author wrote HTML of their own, which the sanitiser must then clean. */
        private boolean rawHtml;
        /** What the author's own HTML takes from {@code files/}. */
        private final RawHtmlFiles files;

        /** Whether script in the author's HTML is reported: trusted HTML is kept as written, script too. */
        private final boolean refuseScript;

        Rewriter(String file, int firstLine, LinkResolver links, boolean trusted, boolean refuseScript) {
            this.refuseScript = refuseScript;
            this.file = file;
            this.firstLine = firstLine;
            this.links = links;
            this.files = new RawHtmlFiles(links, trusted);
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            String destination = resolve(link.getDestination(), position(link));
            if (destination == null) {
                unwrap(link);
            } else {
                link.setDestination(destination);
            }
        }

        /** Puts the link's text where the link was: for links to content that is not there (yet). */
        private static void unwrap(Link link) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                link.insertBefore(child);
                child = next;
            }
            link.unlink();
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml = true;
            inspect(html.getLiteral(), position(html));
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml = true;
            inspect(html.getLiteral(), position(html));
        }

        /**
         * The author's own HTML: its files, images and headings. A Markdown heading is moved
         * under the page's title; an {@code <h1>} cannot be, and would be a second title.
         */
        private void inspect(String html, Position at) {
            files.find(html, at);
            if (refuseScript) {
                ScriptInHtml.find(html, at, links);
            }
            Matcher heading = LEVEL_ONE.matcher(html);
            while (heading.find()) {
                links.problem("markdown.html-h1", at.within(html, heading.start()), heading.group(1).strip());
            }
        }

        @Override
        public void visit(Image image) {
            Position at = position(image);
            String src = image.getDestination();
            boolean decorative = DECORATIVE.equals(image.getTitle());
            if (decorative) {
                image.setTitle(null);
            }
            if (!decorative && altText(image).isBlank()) {
                links.problem("markdown.image-without-alt", at, src);
            }
            if (src.startsWith("files/")) {
                Optional<String> url = links.file(src, at);
                image.setDestination(url.orElse(src));
                url.ifPresent(u -> links.imageSize(src).ifPresent(size -> sized.put(u, size)));
            } else {
                links.problem("markdown.image-outside-files", at, src);
            }
        }

        /** The link's URL, or null when it leads nowhere (reported, or content not published yet). */
        private String resolve(String destination, Position at) {
            Matcher content = CONTENT_LINK.matcher(destination);
            if (content.matches()) {
                String fragment = content.group(3) == null ? "" : content.group(3);
                return links.content(content.group(1), content.group(2), at).map(url -> url + fragment).orElse(null);
            }
            if (destination.startsWith("files/")) {
                return links.file(destination, at).orElse(null);
            }
            String readAs = LinkSchemes.hiddenColon(destination);
            if (readAs != null) {
                links.problem("markdown.encoded-colon", at, destination, readAs);
                return null;
            }
            if (LinkSchemes.isAllowed(destination)) {
                return destination;
            }
            if (LinkSchemes.isMistyped(destination)) {
                links.problem("markdown.unknown-link-scheme", at, destination);
            }
            return null;
        }

        private Position position(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return new Position(file, firstLine, 1);
            }
            SourceSpan span = spans.get(0);
            return new Position(file, firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
        }

        private static String altText(Image image) {
            StringBuilder text = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text node) {
                    text.append(node.getLiteral());
                }
            });
            return text.toString();
        }
    }
}
