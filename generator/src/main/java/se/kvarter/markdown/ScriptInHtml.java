package se.kvarter.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import se.kvarter.source.Position;

/**
 * Finds script in the HTML authors write on a site with {@code trustedHtml: true}, which is kept
 * as written: {@code <script>} elements (an SVG one too), event attributes ({@code onclick}),
 * {@code javascript:} URLs, and the same inside an {@code <iframe srcdoc>}. The page's
 * Content-Security-Policy stops inline script, but not {@code <script src="/files/x.js">} from
 * the site itself; and content should not depend on a policy a template could drop. Each is
 * reported where it is written, unless the site says {@code allowScriptFiles: true}.
 */
final class ScriptInHtml {

    /** One piece of script: the text to point at in the HTML, and how the message shows it. */
    private record Found(String written, String shown) {
    }

    private ScriptInHtml() {
    }

    static void find(String html, Position at, LinkResolver links) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (Found found : scripts(html)) {
            int offset = lower.indexOf(found.written());
            links.problem("markdown.html-script", offset < 0 ? at : at.within(html, offset), found.shown());
        }
    }

    private static List<Found> scripts(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        if (!lower.contains("script") && !lower.contains("on") && !lower.contains("srcdoc")) {
            return found;
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.normalName().equals("script")) {
                found.add(new Found("<script", "<script>"));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(new Found(name + "=", name + "="));
                } else if (ScriptUrls.isScript(attribute.getValue())) {
                    found.add(new Found(name + "=", name + "=\"javascript:\""));
                } else if (name.equals("srcdoc") && !scripts(attribute.getValue()).isEmpty()) {
                    found.add(new Found("srcdoc", "srcdoc"));
                }
            }
        }
        return found;
    }
}
