/**
 * The site as immutable records: {@link se.kvarter.model.Site}, its
 * {@link se.kvarter.model.Edition}s per language, and the places, events, news, pages and
 * organisations in them. Optional values are null when absent; lists are never null. A record
 * of many facts comes in parts a reader finds by what they are about ({@link se.kvarter.model.Place}:
 * about, location, contact, accessibility, availability, who runs it, facts and its entry).
 * Depends only on {@code source} (records keep the {@link se.kvarter.source.Position} they came from).
 */
package se.kvarter.model;
