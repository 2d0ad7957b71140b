/**
 * When places are open: {@link se.kvarter.hours.HoursEngine} resolves
 * {@link se.kvarter.model.OpeningHours} into the {@link se.kvarter.hours.DaySchedule} of a date
 * and answers whether a place is open at an instant and when it next opens or closes;
 * {@link se.kvarter.hours.SwedishHolidays} is the holiday calendar for {@code holidays: SE};
 * {@link se.kvarter.hours.OsmOpeningHours} writes hours in OpenStreetMap syntax for open data;
 * {@link se.kvarter.hours.Recurrence} expands repeating events. Pure functions of their
 * arguments (no clock, no I/O, no static mutable state). Depends only on {@code model},
 * {@code source} and the JDK.
 */
package se.kvarter.hours;
