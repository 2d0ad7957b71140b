package se.kvarter.render;

/** An image ready for {@code <img>}: its URL and alt text (empty for a decorative image). */
public record ImageView(String src, String alt) {
}
