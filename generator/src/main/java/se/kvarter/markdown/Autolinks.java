package se.kvarter.markdown;

import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Whether a parsed body has text where the autolink extension could find a link: a web address
 * needs {@code ://}, an e-mail address an {@code @} and a bare domain {@code www}, all inside one
 * text (the extension reads each text of the body on its own). A body without any of them is
 * what the extension would leave as it is, so it is parsed without the extension, whose search
 * for links reads every character of every text (a sixth of a news body's parse); one with them
 * is parsed again with it.
 */
final class Autolinks extends AbstractVisitor {

    private boolean possible;

    private Autolinks() {
    }

    static boolean possibleIn(Node document) {
        Autolinks visitor = new Autolinks();
        document.accept(visitor);
        return visitor.possible;
    }

    @Override
    public void visit(Text text) {
        if (!possible && mayHoldLink(text.getLiteral())) {
            possible = true;
        }
    }

    /** {@code ://}, {@code @} or {@code www} in any case: more than the extension's own starts of a link, never less. */
    static boolean mayHoldLink(String text) {
        if (text.indexOf('@') >= 0 || text.contains("://")) {
            return true;
        }
        return (text.indexOf('w') >= 0 || text.indexOf('W') >= 0) && text.toLowerCase(Locale.ROOT).contains("www");
    }
}
