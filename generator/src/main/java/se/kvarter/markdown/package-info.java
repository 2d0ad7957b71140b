/**
 * Markdown bodies to safe HTML: CommonMark with the GFM extensions, content links resolved,
 * headings placed under the page's title, raw HTML sanitised with jsoup. Depends on
 * {@code source} only; what a link points at is answered by a {@link se.kvarter.markdown.LinkResolver}.
 */
package se.kvarter.markdown;
