package se.kvarter.source;

/**
 * An image's size in pixels, so that pages reserve its space before it loads (no layout shift).
 * A fact of a source file, read while loading ({@code content}) and carried by Markdown's images
 * ({@code markdown}) and the model's ({@code model}): it lives here, the one package all three
 * may depend on.
 */
public record ImageSize(int width, int height) {
}
