/**
 * The Open Referral HSDS 3.0 export under {@code api/hsds/}, for service directories:
 * organisations, services, locations and their schedules, with ids that stay the same from build
 * to build ({@link se.kvarter.feeds.hsds.HsdsExport} says how kvarter's places and services map
 * onto HSDS). {@link se.kvarter.feeds.hsds.HsdsText} holds the few sentences of the open data,
 * which the plan also gives the availabilities as a closed place's reason. Uses {@code feeds}'
 * shared parts ({@code Json}, {@code Urls}, {@code Licences}), {@code hours}, {@code model} and
 * {@code output}; no other format.
 */
package se.kvarter.feeds.hsds;
