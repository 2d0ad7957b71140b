package se.kvarter.output;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.reader.CSSReader;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import java.util.Optional;

/**
 * Minifies the templates' stylesheets on their way into the site: the sources stay commented
 * and readable, residents on a cheap phone download less. A stylesheet the parser cannot read
 * is published as it is, since browsers skip what they do not understand.
 */
public final class Stylesheets {

    private Stylesheets() {
    }

    /** The stylesheet without comments and spare white space, or empty when it cannot be parsed. */
    public static Optional<String> minified(String css) {
        CascadingStyleSheet sheet = CSSReader.readFromString(css);
        if (sheet == null) {
            return Optional.empty();
        }
        CSSWriter writer = new CSSWriter(new CSSWriterSettings().setOptimizedOutput(true));
        writer.setWriteHeaderText(false);
        writer.setWriteFooterText(false);
        return Optional.of(writer.getCSSAsString(sheet));
    }
}
