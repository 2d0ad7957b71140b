package se.kvarter.render;

import se.kvarter.model.Image;
import se.kvarter.model.SitePaths;

/**
 * An image ready for {@code <img>}: its URL, alt text (empty for a decorative image), when known
 * its size in pixels (null otherwise), so that the page keeps its space while it loads, and the
 * language of its alt text when that is not the page's (null otherwise): a translation may leave
 * the image as it was.
 */
public record ImageView(String src, String alt, Integer width, Integer height, String lang) {

    static ImageView of(Image image, SitePaths paths, String lang) {
        return image == null ? null : new ImageView(paths.file(image.src()), image.alt(),
                image.size() == null ? null : image.size().width(), image.size() == null ? null : image.size().height(),
                lang);
    }
}
