package se.kvarter.render;

/** A news article in a list. */
public record ArticleCard(String id, String url, String title, String date, String iso, String summary) {
}
