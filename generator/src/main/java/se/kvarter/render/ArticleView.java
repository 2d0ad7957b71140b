package se.kvarter.render;

import java.util.List;

/**
 * Everything the article page shows.
 *
 * @param staleNotice the sentence that the article has expired, or that it is older than the site's limit, else null
 * @param attachments links to the attached files, their size in the text
 * @param bodyLang    the language of the text when it is not the page's, else null
 */
public record ArticleView(ArticleCard card, String author, String staleNotice, ImageView image, String bodyHtml,
                          List<Link> attachments, List<Link> places, String bodyLang) {
}
