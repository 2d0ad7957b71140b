/**
 * HTML pages from the model: one Freemarker configuration, view records per page kind (the
 * templates never see the model itself), interface texts per language and dates in words.
 * Depends on {@code hours}, {@code model}, {@code output} and {@code source}, and on
 * {@code content} for {@link se.kvarter.content.Slugs} alone (an area's name as a URL slug, as
 * ids are made). The site search's index is made here too, from the same texts as the pages,
 * with Lucene's analyzers for the stems ({@link se.kvarter.render.SearchIndex}).
 */
package se.kvarter.render;
