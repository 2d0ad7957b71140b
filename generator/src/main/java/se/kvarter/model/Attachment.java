package se.kvarter.model;

/**
 * A file attached to a news article.
 *
 * @param file  the path in the content folder, such as {@code files/protokoll.pdf}
 * @param bytes its size, shown beside the link
 */
public record Attachment(String file, String title, long bytes) {
}
