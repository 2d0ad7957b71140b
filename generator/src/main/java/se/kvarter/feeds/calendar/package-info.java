/**
 * The iCalendar files under {@code calendar/} (RFC 5545): all events, each event, and each place's
 * opening hours as recurring events with closed days left out.
 * {@link se.kvarter.feeds.calendar.CalendarWriter} makes them as jobs of the plan. ical4j builds
 * and writes the components; this package adds what ical4j does not do the way the files need:
 * a time zone cut to the years in use, folding that counts octets, and a zone registry that
 * knows only the site's zone. Uses {@code feeds}' shared parts ({@code FeedJob}, {@code Urls},
 * {@code CalendarRules}), {@code hours}, {@code model} and {@code output}; no other format.
 */
package se.kvarter.feeds.calendar;
