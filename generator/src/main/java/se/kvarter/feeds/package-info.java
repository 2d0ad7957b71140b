/**
 * Open data from the model (outputs.md), one subpackage per format: {@code api} (JSON API v1 and
 * GeoJSON), {@code calendar} (iCalendar), {@code hsds} (Open Referral HSDS), {@code dcat}
 * (DCAT-AP-SE), {@code news} (Atom and JSON Feed) and {@code sitemap}. This package holds the plan
 * that runs them and what they share. {@link se.kvarter.feeds.OpenDataWriter} plans every file as
 * {@link se.kvarter.feeds.FeedJob}s, so that a rebuild makes only those whose sources changed, and
 * describes the {@link se.kvarter.feeds.Datasets} for the open-data page. The shared parts:
 * {@link se.kvarter.feeds.Json} writes JSON the same way in every format,
 * {@link se.kvarter.feeds.Urls} makes paths and links in HTML absolute,
 * {@link se.kvarter.feeds.OpenDataCache} is what the dev server reuses between builds,
 * {@link se.kvarter.feeds.Licences} and {@link se.kvarter.feeds.CalendarRules} (the RRULE text of
 * events.json and of the .ics files) are facts that two formats write alike.
 *
 * <p>Formats use this package's shared parts and never one another (ArchitectureTest), so a
 * format can be changed, or one added, without reading the others. Everything is reproducible:
 * the same site and reference date give the same bytes. The JSON Schemas of api/v1/ are resources
 * of this package ({@code schema/}). Depends on {@code hours}, {@code model} and {@code output}.
 */
package se.kvarter.feeds;
