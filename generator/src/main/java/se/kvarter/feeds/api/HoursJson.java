package se.kvarter.feeds.api;

import java.util.ArrayList;
import java.util.List;
import se.kvarter.feeds.Json;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.Availability;
import se.kvarter.hours.Opening;
import se.kvarter.hours.OsmOpeningHours;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Place;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;
import se.kvarter.feeds.Json.Obj;

/**
 * A place's {@code openingHours} in the open data, as outputs.md shows it: the rules and
 * exceptions as written, the holiday policy, the OpenStreetMap value, and the resolved schedule
 * of the next {@value #SCHEDULE_DAYS} days from the reference date.
 */
final class HoursJson {

    static final int SCHEDULE_DAYS = 28;

    private final Availabilities availabilities;
    private final String language;

    HoursJson(Availabilities availabilities, String language) {
        this.availabilities = availabilities;
        this.language = language;
    }

    /**
     * The hours of a place with this status: the rules as written whatever the status (for when
     * a closed place opens again), the schedule of a place that is not open closed on every day.
     */
    Obj of(Place place) {
        Availability availability = availabilities.of(place);
        OpeningHours hours = place.availability().hours();
        return Json.obj()
                .with("rules", rules(hours))
                .with("exceptions", exceptions(hours))
                .with("holidays", hours.holidays().code())
                .always("osm", OsmOpeningHours.format(availability, language))
                .with("schedule", schedule(availability));
    }

    /** One entry per rule and time range: {@code {days: [mo], opens: 13:00, closes: 17:00}}. */
    private static List<Obj> rules(OpeningHours hours) {
        List<Obj> rules = new ArrayList<>();
        for (HoursRule rule : hours.rules()) {
            List<String> days = rule.days().stream().map(d -> d.name().substring(0, 2).toLowerCase(java.util.Locale.ROOT)).toList();
            for (TimeRange time : rule.times()) {
                rules.add(Json.obj()
                        .with("days", days)
                        .with("opens", time.opens())
                        .with("closes", time.closes())
                        .with("audience", rule.audience() == null ? null : rule.audience().code())
                        .with("note", rule.note())
                        .with("period", period(rule.season()))
                        .with("every", rule.every() > 1 ? rule.every() : null)
                        .with("from", rule.from() == null ? null : rule.from().toString())
                        .with("nth", rule.nth().isEmpty() ? null : rule.nth()));
            }
        }
        return rules;
    }

    private static Obj period(Season season) {
        if (season == null) {
            return null;
        }
        if (season instanceof Season.Dates dates) {
            // no "to": from that date on
            return Json.obj().with("from", dates.from().toString())
                    .with("to", dates.openEnded() ? null : dates.to().toString());
        }
        Season.Yearly yearly = (Season.Yearly) season;
        return Json.obj().with("from", yearly.from().toString().substring(2)).with("to", yearly.to().toString().substring(2));
    }

    private static List<Obj> exceptions(OpeningHours hours) {
        List<Obj> exceptions = new ArrayList<>();
        for (HoursException exception : hours.exceptions()) {
            exceptions.add(Json.obj()
                    .with("from", exception.from().toString())
                    .with("to", exception.to().toString())
                    .with("closed", exception.closed())
                    .withList("open", exception.times().stream().map(HoursJson::interval).toList())
                    .with("reason", exception.reason()));
        }
        return exceptions;
    }

    private List<Obj> schedule(Availability availability) {
        List<Obj> days = new ArrayList<>();
        for (DaySchedule day : availability.days(availability.today(), SCHEDULE_DAYS)) {
            List<Obj> open = new ArrayList<>();
            for (Opening opening : day.openings()) {
                open.add(interval(opening.time())
                        .with("audience", opening.audience() == null ? null : opening.audience().code()));
            }
            days.add(Json.obj()
                    .with("date", day.date().toString())
                    .with("status", day.state().code())
                    .with("open", day.isUnknown() ? null : open)
                    .with("reason", day.reason(language)));
        }
        return days;
    }

    private static Obj interval(TimeRange time) {
        return Json.obj().with("opens", time.opens()).with("closes", time.closes());
    }
}
