package se.kvarter.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Opening;
import se.kvarter.model.Audience;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Place;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * A place's hours as schema.org sees them: {@code openingHoursSpecification} for the weekly
 * hours open to everyone (a season with the dates of its next occurrence), and
 * {@code specialOpeningHoursSpecification} for the days of the coming weeks that an exception or
 * a holiday changes (a closed day opens and closes at 00:00, as schema.org advises).
 * Hours for one audience only (Saturdays for families) are not opening hours for everyone and are
 * left out here; the page and the open data carry them.
 */
final class SchemaOrgHours {

    private final EditionContext edition;

    SchemaOrgHours(EditionContext edition) {
        this.edition = edition;
    }

    Map<String, Object> of(Place place) {
        Availability availability = edition.availability().of(place);
        if (!availability.isOpenPlace()) {
            return Map.of();
        }
        OpeningHours hours = place.hours();
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> regular = new ArrayList<>();
        for (HoursRule rule : hours.rules()) {
            if (rule.audience() != null && rule.audience() != Audience.EVERYONE) {
                continue;
            }
            for (TimeRange time : rule.times()) {
                Map<String, Object> spec = spec(time);
                spec.put("dayOfWeek", rule.days().stream().map(SchemaOrgHours::day).toList());
                if (rule.season() != null) {
                    LocalDate[] next = nextOccurrence(rule.season(), edition.now().date());
                    spec.put("validFrom", next[0].toString());
                    spec.put("validThrough", next[1].toString());
                }
                regular.add(spec);
            }
        }
        if (!regular.isEmpty()) {
            json.put("openingHoursSpecification", regular);
        }
        List<Object> special = new ArrayList<>();
        for (DaySchedule day : availability.days(edition.now().date(), HoursText.CHANGES_DAYS)) {
            if (day.exception() == null && day.holiday() == null) {
                continue;
            }
            List<Opening> open = day.openings().stream()
                    .filter(o -> o.audience() == null || o.audience() == Audience.EVERYONE).toList();
            if (open.isEmpty()) {
                special.add(special(new TimeRange(0, TimeRange.MINUTES_PER_DAY), day.date(), true));
            }
            for (Opening opening : open) {
                special.add(special(opening.time(), day.date(), false));
            }
        }
        if (!special.isEmpty()) {
            json.put("specialOpeningHoursSpecification", special);
        }
        return json;
    }

    private static Map<String, Object> spec(TimeRange time) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        spec.put("opens", time.opens());
        spec.put("closes", time.end() == TimeRange.MINUTES_PER_DAY ? "23:59" : time.closes());
        return spec;
    }

    private static Map<String, Object> special(TimeRange time, LocalDate date, boolean closed) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("@type", "OpeningHoursSpecification");
        spec.put("opens", closed ? "00:00" : time.opens());
        spec.put("closes", closed ? "00:00" : time.end() == TimeRange.MINUTES_PER_DAY ? "23:59" : time.closes());
        spec.put("validFrom", date.toString());
        spec.put("validThrough", date.toString());
        return spec;
    }

    private static String day(DayOfWeek day) {
        String name = day.name();
        return "https://schema.org/" + name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The dates of the season's current or next occurrence, seen from {@code today}. */
    static LocalDate[] nextOccurrence(Season season, LocalDate today) {
        if (season instanceof Season.Dates dates) {
            return new LocalDate[] {dates.from(), dates.to()};
        }
        Season.Yearly yearly = (Season.Yearly) season;
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate from = at(yearly.from(), year);
            LocalDate to = at(yearly.to(), yearly.to().isBefore(yearly.from()) ? year + 1 : year);
            if (!to.isBefore(today)) {
                return new LocalDate[] {from, to};
            }
        }
        throw new IllegalStateException("a yearly season always comes again");
    }

    private static LocalDate at(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }
}
