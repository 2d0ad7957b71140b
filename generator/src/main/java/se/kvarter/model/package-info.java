/**
 * The site as immutable records: {@link se.kvarter.model.Site}, its
 * {@link se.kvarter.model.Edition}s per language, and the places, events, news, pages and
 * organisations in them. Optional values are null when absent; lists are never null.
 * Depends only on {@code source} (records keep the {@link se.kvarter.source.Position} they came from).
 */
package se.kvarter.model;
