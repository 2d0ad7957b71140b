/**
 * {@code sitemap.xml} and {@code robots.txt} for search engines
 * ({@link se.kvarter.feeds.sitemap.SitemapWriter}): the plan runs it after the pages are planned,
 * since it lists their paths. Uses {@code model} and {@code output}; no other format.
 */
package se.kvarter.feeds.sitemap;
