/**
 * Open data from the model: JSON API v1 with JSON Schemas, and (as they are added) GeoJSON,
 * iCalendar, news feeds, HSDS and DCAT-AP-SE. Everything is reproducible: the same site and
 * reference date give the same bytes. Depends on {@code hours}, {@code model} and {@code output}.
 */
package se.kvarter.feeds;
