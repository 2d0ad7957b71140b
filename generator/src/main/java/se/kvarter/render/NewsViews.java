package se.kvarter.render;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kvarter.model.Attachment;
import se.kvarter.model.NewsArticle;

/** Builds the views of news articles. */
final class NewsViews {

    private final EditionContext edition;

    NewsViews(EditionContext edition) {
        this.edition = edition;
    }

    ArticleCard card(NewsArticle article) {
        return new ArticleCard(article.id(), edition.paths().article(article.id()), article.title(),
                edition.dates().date(article.date()), article.date().toString(), article.summary(),
                edition.otherLanguage(article.language(), article.untranslated(), "title"),
                edition.otherLanguage(article.language(), article.untranslated(), "summary"));
    }

    ArticleView view(NewsArticle article) {
        return new ArticleView(card(article), article.author(), notice(article),
                ImageView.of(article.image(), edition.paths(),
                        edition.otherLanguage(article.language(), article.untranslated(), "image.alt")),
                article.bodyHtml(),
                article.attachments().stream().map(this::attachment).toList(),
                article.places().stream()
                        .filter(edition.places()::containsKey)
                        .map(id -> new Link(edition.paths().place(id), edition.places().get(id).name()))
                        .toList(),
                edition.otherLanguage(article.language(), article.untranslated(), "body"));
    }

    /**
     * What a reader should know before trusting the article: that it has expired (its page stays
     * so that links keep working, but lists and feeds no longer show it), or that it is older than
     * the site's limit; else null.
     */
    private String notice(NewsArticle article) {
        if (article.expiredAt(edition.now().instant())) {
            return edition.text().get("news.expired");
        }
        long age = ChronoUnit.DAYS.between(article.date(), edition.now().date());
        int limit = edition.site().settings().staleAfterDays();
        return limit > 0 && age > limit
                ? edition.text().format("news.stale", Map.of("days", String.valueOf(limit))) : null;
    }

    private Link attachment(Attachment attachment) {
        String file = attachment.file();
        String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT) : "";
        return new Link(edition.paths().file(file), attachment.title() + " (" + extension
                + (extension.isEmpty() ? "" : edition.text().comma()) + size(attachment.bytes()) + ")");
    }

    private String size(long bytes) {
        Locale locale = edition.dates().locale();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(locale, "%d kB", Math.round(bytes / 1024.0));
        }
        return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    List<ArticleCard> cards(List<NewsArticle> articles) {
        return articles.stream().map(this::card).toList();
    }
}
