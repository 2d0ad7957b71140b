package se.kvarter.model;

import se.kvarter.source.ImageSize;

/**
 * An image from the content's {@code files/} folder. {@code alt} is empty for a decorative image.
 *
 * @param src  the path in the content folder, such as {@code files/entre.jpg}
 * @param size its size in pixels, or null when it cannot be read
 */
public record Image(String src, String alt, ImageSize size) {
}
