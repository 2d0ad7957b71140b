package se.kvarter.markdown;

import java.util.List;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import se.kvarter.source.Position;

/**
 * How deep the parts of a parsed body nest that can hold themselves: block quotes, list items,
 * emphasis, links and images. The walk is a loop, not recursion, so that a document nested
 * deeper than any stack is measured, not thrown over.
 */
final class Nesting {

    private Nesting() {
    }

    /** The first node, in document order, at more than {@code max} levels; empty when there is none. */
    static Optional<Node> firstBeyond(Node root, int max) {
        Node node = root;
        int level = 0;
        while (true) {
            if (counts(node)) {
                level++;
                if (level > max) {
                    return Optional.of(node);
                }
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                continue;
            }
            while (true) {
                if (counts(node)) {
                    level--;
                }
                if (node == root) {
                    return Optional.empty();
                }
                Node next = node.getNext();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.getParent();
            }
        }
    }

    /** Where the node starts in the file. */
    static Position position(Node node, String file, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new Position(file, firstLine, 1);
        }
        SourceSpan span = spans.get(0);
        return new Position(file, firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
    }

    private static boolean counts(Node node) {
        return node instanceof BlockQuote || node instanceof ListItem || node instanceof Emphasis
                || node instanceof StrongEmphasis || node instanceof Link || node instanceof Image
                || node instanceof Strikethrough;
    }
}
