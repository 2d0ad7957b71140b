package se.kvarter.model;

/** An image's size in pixels, so that pages reserve its space before it loads (no layout shift). */
public record ImageSize(int width, int height) {
}
