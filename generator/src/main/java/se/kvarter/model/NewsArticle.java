package se.kvarter.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import se.kvarter.source.Position;

/**
 * A news article.
 *
 * @param publishDate not published before this local date-time, or null
 * @param expiryDate  left out of lists and feeds from this local date-time, or null
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 */
public record NewsArticle(
        String id, String title, LocalDate date, String author, String summary, List<String> places,
        Image image, List<Attachment> attachments, boolean draft, LocalDateTime publishDate,
        LocalDateTime expiryDate, String bodyHtml, String language, Set<String> untranslated, Position at) {

    public NewsArticle {
        untranslated = Set.copyOf(untranslated);
        places = List.copyOf(places);
        attachments = List.copyOf(attachments);
    }

    /** Whether the article has expired at {@code instant}: out of lists, feeds and the sitemap. */
    public boolean expiredAt(LocalDateTime instant) {
        return expiryDate != null && !expiryDate.isAfter(instant);
    }
}
