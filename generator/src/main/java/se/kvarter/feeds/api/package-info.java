/**
 * JSON API v1 under {@code api/v1/} (outputs.md): places, events, news and organisations as
 * {@link se.kvarter.feeds.api.ApiJson} objects (a place's hours by
 * {@link se.kvarter.feeds.api.HoursJson}), and {@code places.geojson}
 * ({@link se.kvarter.feeds.api.GeoJson}) for maps. The plan in {@code feeds} puts the objects into
 * files and publishes their schemas. Uses {@code feeds}' shared parts ({@code Json}, {@code Urls},
 * {@code CalendarRules}), {@code hours} and {@code model}; no other format.
 */
package se.kvarter.feeds.api;
