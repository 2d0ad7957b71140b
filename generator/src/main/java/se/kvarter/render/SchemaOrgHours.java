package se.kvarter.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Opening;
import se.kvarter.model.Audience;
import se.kvarter.model.Place;
import se.kvarter.model.TimeRange;

/**
 * A place's hours as schema.org sees them, read from its {@link Availability} over the
 * availability's horizon (the reference date to {@link Availability#knownUntil()}), never from the
 * written rules.
 *
 * <p>The scheme: the horizon is cut into <em>stretches</em>, each a run of consecutive dates in
 * which every weekday has one set of hours for everyone (a season, or new hours from a date,
 * starts a new stretch on the first date whose hours differ). Each stretch becomes
 * {@code openingHoursSpecification} entries whose {@code validFrom}/{@code validThrough} are the
 * stretch's first and last date, so no two entries claim the same day with different hours, and
 * nothing is claimed past the horizon (the nightly build moves it on). A weekday with no entry in a
 * stretch is closed in it. A day that an exception or a holiday changes does not shape its
 * stretch; it is a {@code specialOpeningHoursSpecification} (which overrides the regular entries),
 * a closed one opening and closing at 00:00, consecutive days with the same hours joined into one
 * dated range. A day nobody knows ends its stretch and is in no entry at all, regular or special:
 * schema.org has no way to say "unknown", so it says nothing.
 *
 * <p>Hours for one audience only (Saturdays for families) are not opening hours for everyone.
 * {@code OpeningHoursSpecification} has no {@code audience} (its own properties are opens, closes,
 * dayOfWeek, validFrom and validThrough; a {@code description} would be ignored by a reader of the
 * hours), so they are left out of both lists. They are a {@code Service} of the place
 * ({@code makesOffer} &rarr; {@code Offer.itemOffered}) with its {@code audience} and its
 * {@code hoursAvailable}, made by the same stretches; for those the stretches also end where the
 * audience's hours change for a day, since {@code hoursAvailable} has no special hours to override.
 */
final class SchemaOrgHours {

    private final EditionContext edition;

    SchemaOrgHours(EditionContext edition) {
        this.edition = edition;
    }

    /** The hours' properties of the place's JSON-LD: empty for a place that is not open (it states no hours). */
    Map<String, Object> of(Place place) {
        Availability availability = edition.availability().of(place);
        if (!availability.isOpenPlace()) {
            return Map.of();
        }
        // the same for every place with the same hours in this edition's language (the words of
        // its audiences): made once for all of them, and never changed afterwards
        return availability.derived(List.of(SchemaOrgHours.class, edition.language()), this::of);
    }

    private Map<String, Object> of(Availability availability) {
        List<DaySchedule> days = availability.horizon();
        Map<String, Object> json = new LinkedHashMap<>();
        List<Object> regular = new ArrayList<>();
        for (Stretch stretch : stretches(days, forAudience(null), true)) {
            regular.addAll(stretch.specs());
        }
        if (!regular.isEmpty()) {
            json.put("openingHoursSpecification", regular);
        }
        List<Object> special = special(days);
        if (!special.isEmpty()) {
            json.put("specialOpeningHoursSpecification", special);
        }
        List<Object> offers = new ArrayList<>();
        for (Audience audience : audiences(days)) {
            List<Object> hours = new ArrayList<>();
            for (Stretch stretch : stretches(days, forAudience(audience), false)) {
                hours.addAll(stretch.specs());
            }
            if (hours.isEmpty()) {
                continue;
            }
            String words = edition.text().get("audience." + audience.code());
            Map<String, Object> service = JsonLd.object("Service");
            service.put("name", edition.text().format("hours.openFor", Map.of("audience", words)));
            Map<String, Object> who = JsonLd.object("Audience");
            who.put("audienceType", words);
            service.put("audience", who);
            service.put("hoursAvailable", hours);
            Map<String, Object> offer = JsonLd.object("Offer");
            offer.put("itemOffered", service);
            offers.add(offer);
        }
        if (!offers.isEmpty()) {
            json.put("makesOffer", offers);
        }
        return Collections.unmodifiableMap(json);
    }

    /** The openings of {@code day} for {@code audience} (null: for everyone), or null when the day is unknown. */
    private static List<TimeRange> forAudience(DaySchedule day, Audience audience) {
        if (day.isUnknown()) {
            return null;
        }
        return times(day.openings(), audience);
    }

    private static List<TimeRange> times(List<Opening> openings, Audience audience) {
        return openings.stream()
                .filter(o -> Objects.equals(everyoneAsNull(o.audience()), audience))
                .map(Opening::time).toList();
    }

    /**
     * {@link #forAudience(DaySchedule, Audience)} for the days of one horizon: the days that say the
     * same share their list of openings, so each list is filtered once, not on every date.
     */
    private static Function<DaySchedule, List<TimeRange>> forAudience(Audience audience) {
        Map<List<Opening>, List<TimeRange>> filtered = new IdentityHashMap<>();
        return day -> day.isUnknown() ? null : filtered.computeIfAbsent(day.openings(), openings -> times(openings, audience));
    }

    private static Audience everyoneAsNull(Audience audience) {
        return audience == Audience.EVERYONE ? null : audience;
    }

    private static List<Audience> audiences(List<DaySchedule> days) {
        Set<List<Opening>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return days.stream().map(DaySchedule::openings).filter(seen::add).flatMap(List::stream)
                .map(o -> everyoneAsNull(o.audience())).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /**
     * The stretches of {@code days}: a day whose hours ({@code hours}, null when unknown) differ
     * from its weekday's in the current stretch starts a new one, an unknown day ends it. With
     * {@code skipChanged}, days an exception or holiday changed are in the stretch but shape nothing
     * (they are special hours).
     */
    static List<Stretch> stretches(List<DaySchedule> days, Function<DaySchedule, List<TimeRange>> hours,
                                   boolean skipChanged) {
        List<Stretch> stretches = new ArrayList<>();
        Stretch current = null;
        for (DaySchedule day : days) {
            List<TimeRange> open = hours.apply(day);
            if (open == null) {
                current = null;
                continue;
            }
            boolean shapes = !(skipChanged && day.differsFromRules());
            DayOfWeek weekday = day.date().getDayOfWeek();
            if (current == null || shapes && current.week().containsKey(weekday)
                    && !current.week().get(weekday).equals(open)) {
                current = new Stretch(day.date(), new EnumMap<>(DayOfWeek.class));
                current.through = day.date();
                stretches.add(current);
            }
            current.through = day.date();
            if (shapes) {
                current.week().put(weekday, open);
            }
        }
        return stretches;
    }

    /** The changed days for everyone, consecutive days with the same hours joined. */
    private static List<Object> special(List<DaySchedule> days) {
        List<Object> specs = new ArrayList<>();
        LocalDate from = null;
        LocalDate through = null;
        List<TimeRange> hours = null;
        for (DaySchedule day : days) {
            List<TimeRange> open = day.differsFromRules() ? forAudience(day, null) : null;
            if (open != null && from != null && open.equals(hours) && through.plusDays(1).equals(day.date())) {
                through = day.date();
                continue;
            }
            if (from != null) {
                specs.addAll(dated(hours, from, through));
            }
            from = open == null ? null : day.date();
            through = from;
            hours = open;
        }
        if (from != null) {
            specs.addAll(dated(hours, from, through));
        }
        return specs;
    }

    private static List<Object> dated(List<TimeRange> hours, LocalDate from, LocalDate through) {
        List<Object> specs = new ArrayList<>();
        if (hours.isEmpty()) {
            Map<String, Object> closed = JsonLd.object("OpeningHoursSpecification");
            closed.put("opens", "00:00");
            closed.put("closes", "00:00");
            specs.add(closed);
        }
        for (TimeRange time : hours) {
            specs.add(spec(time));
        }
        for (Object spec : specs) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) spec;
            map.put("validFrom", from.toString());
            map.put("validThrough", through.toString());
        }
        return specs;
    }

    private static Map<String, Object> spec(TimeRange time) {
        Map<String, Object> spec = JsonLd.object("OpeningHoursSpecification");
        spec.put("opens", time.opens());
        spec.put("closes", time.end() == TimeRange.MINUTES_PER_DAY ? "23:59" : time.closes());
        return spec;
    }

    private static String day(DayOfWeek day) {
        String name = day.name();
        return "https://schema.org/" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Consecutive dates with one set of hours per weekday (a weekday not in {@code week} is closed or only changed days). */
    static final class Stretch {
        private final LocalDate from;
        private final Map<DayOfWeek, List<TimeRange>> week;
        private LocalDate through;

        Stretch(LocalDate from, Map<DayOfWeek, List<TimeRange>> week) {
            this.from = from;
            this.week = week;
        }

        Map<DayOfWeek, List<TimeRange>> week() {
            return week;
        }

        /** One entry per time range, naming every weekday open at it, valid from the first to the last date. */
        List<Object> specs() {
            Map<TimeRange, List<String>> byTime = new LinkedHashMap<>();
            for (DayOfWeek weekday : DayOfWeek.values()) {
                for (TimeRange time : week.getOrDefault(weekday, List.of())) {
                    byTime.computeIfAbsent(time, t -> new ArrayList<>()).add(day(weekday));
                }
            }
            List<Object> specs = new ArrayList<>();
            byTime.forEach((time, weekdays) -> {
                Map<String, Object> spec = spec(time);
                spec.put("dayOfWeek", weekdays);
                spec.put("validFrom", from.toString());
                spec.put("validThrough", through.toString());
                specs.add(spec);
            });
            return specs;
        }
    }
}
