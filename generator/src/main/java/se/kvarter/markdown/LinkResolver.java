package se.kvarter.markdown;

import java.util.Optional;
import se.kvarter.source.ImageSize;
import se.kvarter.source.Position;

/**
 * Turns the links communicators write into the site's URLs, reporting those that lead nowhere.
 */
public interface LinkResolver {

    /**
     * The URL of {@code place:kallaren} and its kin; empty when the target is unknown (reported)
     * or not published yet (then the link's text stands without a link until it is).
     */
    Optional<String> content(String scheme, String id, Position at);

    /** The URL of a file under {@code files/}, or empty when there is no such file (reported). */
    Optional<String> file(String path, Position at);

    /** The size of an image under {@code files/}, when it can be read. */
    default Optional<ImageSize> imageSize(String path) {
        return Optional.empty();
    }

    /** Reports a mistake in the body: an image without alt text or not from {@code files/}, a link that leads nowhere. */
    void problem(String key, Position at, String value);

    /** Reports a mistake whose message also shows how the value reads ({@code kl%3A10} as {@code kl:10}). */
    default void problem(String key, Position at, String value, String readAs) {
        problem(key, at, value);
    }

    /**
     * Reports a body beyond one of the {@link MarkdownBounds}: the limit and what the body has
     * ({@code markdown.too-long} and its kin).
     */
    default void beyondBound(String key, Position at, int limit, int found) {
        problem(key, at, String.valueOf(limit), String.valueOf(found));
    }
}
