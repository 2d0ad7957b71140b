package se.kvarter.markdown;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import se.kvarter.source.ImageSize;

/**
 * Gives the images of a body their size, so that the page keeps their space while they load,
 * and lets the browser load them when they come near (a body is below the fold of its page).
 */
final class ImageAttributes {

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .prettyPrint(false)
            .escapeMode(Entities.EscapeMode.base)
            .charset("UTF-8");

    private ImageAttributes() {
    }

    static String sized(String html, Map<String, ImageSize> sizes) {
        Document body = Jsoup.parseBodyFragment(html);
        for (Element image : body.select("img[src]")) {
            ImageSize size = sizes.get(image.attr("src"));
            if (size != null) {
                image.attr("width", String.valueOf(size.width()))
                        .attr("height", String.valueOf(size.height()))
                        .attr("loading", "lazy")
                        .attr("decoding", "async");
            }
        }
        body.outputSettings(OUTPUT.clone());
        return body.body().html();
    }
}
