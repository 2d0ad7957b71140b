package se.kvarter.render;

/**
 * A news article in a list.
 *
 * @param lang        the language of the title when it is not the page's, else null
 * @param summaryLang the language of the summary when it is not the page's, else null
 */
public record ArticleCard(String id, String url, String title, String date, String iso, String summary, String lang,
                          String summaryLang) {
}
