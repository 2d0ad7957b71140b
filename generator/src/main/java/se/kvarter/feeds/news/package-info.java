/**
 * The news as feeds for feed readers: Atom 1.0 and JSON Feed 1.1 under {@code nyheter/}
 * ({@link se.kvarter.feeds.news.NewsFeeds}). Uses {@code feeds}' shared parts ({@code Json},
 * {@code Urls}), {@code model} and {@code output}; no other format.
 */
package se.kvarter.feeds.news;
