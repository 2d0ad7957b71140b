package se.kvarter.render;

import se.kvarter.model.Image;
import se.kvarter.model.SitePaths;

/**
 * An image ready for {@code <img>}: its URL, alt text (empty for a decorative image) and, when
 * known, its size in pixels (null otherwise), so that the page keeps its space while it loads.
 */
public record ImageView(String src, String alt, Integer width, Integer height) {

    static ImageView of(Image image, SitePaths paths) {
        return image == null ? null : new ImageView(paths.file(image.src()), image.alt(),
                image.size() == null ? null : image.size().width(), image.size() == null ? null : image.size().height());
    }
}
