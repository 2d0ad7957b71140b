package se.kvarter.hours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.TimeRange;

/**
 * Writes a place's {@link Availability} as an OpenStreetMap {@code opening_hours} value for open
 * data, stating for every day from the reference date to {@link Availability#knownUntil()} what
 * the availability states, as an OSM evaluator with Sweden's public holidays reads it:
 *
 * <ul>
 *   <li>first the regular hours ({@link OsmWeeklyRules}: weekly rules, seasons, audiences as a
 *       comment, {@code PH off} or {@code PH unknown});</li>
 *   <li>then a dated rule for every day of the coming year on which the regular part would say
 *       something else: exceptions ({@code 2026 Dec 23 10:00-12:00 open "Kortare öppettider"}),
 *       closures (consecutive days closed for one reason as one range, {@code 2026 Dec 21-2027 Jan
 *       06 off "Juluppehåll"}), the eves that {@code PH} does not include ({@code 2026 Dec 24 off
 *       "Julafton"}), undecided days ({@code unknown}), and the mornings after a closed night
 *       opening. A later rule replaces earlier ones on its dates, so the dated rules win.</li>
 * </ul>
 *
 * <p>To know where the regular part is wrong, the writer evaluates it the way the reference
 * evaluator does ({@link OsmRule#evaluate}) and compares each day with the availability. Dated
 * rules never run past midnight, so each states exactly its own days. A place that is not open is
 * {@code off} with its status as comment; a place that publishes no hours has no value, since
 * {@code off} would claim more than anyone knows. Hours for an audience only are written with a
 * comment naming it, which evaluators read as "maybe open": never as open for everyone.
 */
public final class OsmOpeningHours {

    /** The time zone in which evaluators read a Swedish place's value. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private OsmOpeningHours() {
    }

    /** The {@code opening_hours} value of a place's availability, comments in Swedish; null without hours. */
    public static String format(Availability availability) {
        return format(availability, "sv");
    }

    /**
     * The {@code opening_hours} value of a place's availability, the comments that kvarter writes
     * (holidays, undecided days) in {@code language}; null when the place publishes no hours.
     */
    public static String format(Availability availability, String language) {
        return availability.derived(List.of(OsmOpeningHours.class, language), a -> make(a, language));
    }

    private static String make(Availability availability, String language) {
        if (!availability.isOpenPlace()) {
            return text(List.of(new OsmRule(new OsmRule.Always(), List.of(), OsmRule.State.OFF,
                    availability.todays().reason(language), false)));
        }
        if (!availability.hasHours()) {
            return null;
        }
        List<OsmRule> regular = availability.hasWeeklyHours()
                ? OsmWeeklyRules.of(availability.hours(), hasPublicHolidays(availability), undecided(language))
                : List.of(new OsmRule(new OsmRule.Always(), List.of(), OsmRule.State.UNKNOWN, null, false));
        List<OsmRule> rules = new ArrayList<>(regular);
        rules.addAll(dated(availability, regular, language));
        // weekly rules none of which holds in the coming year (a season that is over) and no
        // dated change: closed throughout, which an empty value would not say (evaluators refuse it)
        return rules.isEmpty() ? "off" : text(rules);
    }

    /** The regular hours alone ({@code Mo-Fr 09:00-19:00; PH off}), for hours without exceptions; {@code ""} without rules. */
    public static String format(OpeningHours hours) {
        if (hours.rules().isEmpty()) {
            return "";
        }
        return text(OsmWeeklyRules.of(hours, true, undecided("sv")));
    }

    /**
     * Dated rules for the days of the horizon on which {@code regular} says otherwise than the
     * availability. Consecutive days that one exception or holiday decides alike share a rule.
     */
    private static List<OsmRule> dated(Availability availability, List<OsmRule> regularRules, String language) {
        List<DaySchedule> days = availability.horizon();
        Regular regular = new Regular(regularRules, availability.engine(), availability.today(), days.size());
        List<OsmDay> wanted = new ArrayList<>(days.size());
        List<String> reasons = new ArrayList<>(days.size());
        DaySchedule before = availability.day(availability.today().minusDays(1));
        int beforeKind = availability.kindOf(before.date());
        // what an evaluator should see on a day depends only on what the day and the day before
        // say, and a year of days has a few dozen such pairs
        Map<Integer, OsmDay> made = new HashMap<>();
        for (DaySchedule day : days) {
            String reason = day.reason(language);
            int kind = availability.kindOf(day.date());
            DaySchedule previous = before;
            reasons.add(reason);
            wanted.add(kind < 0 || beforeKind < 0 ? wanted(before, day, reason)
                    : made.computeIfAbsent(beforeKind * (Availability.HORIZON_DAYS + 2) + kind,
                            pair -> wanted(previous, day, reason)));
            before = day;
            beforeKind = kind;
        }
        boolean wraps = regularRules.stream().anyMatch(rule -> rule.times().stream()
                .anyMatch(time -> time.crossesMidnight() && time.end() > 0));
        Set<LocalDate> clockChanges = wraps ? clockChanges(availability.engine(), days) : Set.of();
        List<OsmRule> rules = new ArrayList<>();
        int first = 0;
        while (first < days.size()) {
            int last = first;
            while (last + 1 < days.size() && reasons.get(first) != null
                    && reasons.get(first).equals(reasons.get(last + 1))
                    && (wanted.get(first) == wanted.get(last + 1)
                    || wanted.get(first).stretches().equals(wanted.get(last + 1).stretches()))) {
                last++;
            }
            boolean differs = false;
            for (int i = first; i <= last && !differs; i++) {
                LocalDate date = days.get(i).date();
                LocalDate dayBefore = i == 0 ? date.minusDays(1) : days.get(i - 1).date();
                differs = clockChanges.contains(date) || !regular.says(wanted.get(i), date, dayBefore);
            }
            if (differs) {
                rules.addAll(rules(new OsmRule.Dates(days.get(first).date(), days.get(last).date()), wanted.get(first),
                        reasons.get(first)));
            }
            first = last + 1;
        }
        return rules;
    }

    /**
     * What the availability says about {@code day} from midnight to midnight: its openings, the
     * previous day's openings that run past midnight, and, on an unknown day, unknown elsewhere.
     * The openings carry the reason of the exception that changed them; not a holiday's name,
     * which would only label the night of the day before.
     */
    static OsmDay wanted(DaySchedule before, DaySchedule day, String reason) {
        String changed = day.exception() == null ? null : day.exception().reason();
        Coverage coverage = new Coverage();
        for (Opening opening : day.openings()) {
            TimeRange time = opening.time();
            coverage.add(time.start(), time.crossesMidnight() ? TimeRange.MINUTES_PER_DAY : time.end(), opening.audience());
        }
        for (Opening opening : before.openings()) {
            TimeRange time = opening.time();
            if (time.crossesMidnight() && time.end() > 0) {
                coverage.add(0, time.end(), opening.audience());
            }
        }
        OsmDay wanted = OsmDay.closed();
        if (day.isUnknown()) {
            wanted.paint(0, TimeRange.MINUTES_PER_DAY, OsmDay.Kind.UNKNOWN, reason);
        }
        for (Coverage.Segment segment : coverage.segments()) {
            if (segment.everyone()) {
                wanted.paint(segment.from(), segment.to(), OsmDay.Kind.OPEN, changed);
            } else {
                wanted.paint(segment.from(), segment.to(), OsmDay.Kind.AUDIENCE,
                        OsmWeeklyRules.comment(List.copyOf(segment.audiences())));
            }
        }
        return wanted;
    }

    /** The rules that state {@code day} on the dates of {@code selector}: one per kind of stretch. */
    private static List<OsmRule> rules(OsmRule.Selector selector, OsmDay day, String reason) {
        if (day.isClosed()) {
            return List.of(new OsmRule(selector, List.of(), OsmRule.State.OFF, reason, false));
        }
        if (day.isUnknownThroughout()) {
            return List.of(new OsmRule(selector, List.of(), OsmRule.State.UNKNOWN, reason, false));
        }
        record Kind(OsmDay.Kind kind, String comment) {
        }
        Map<Kind, List<TimeRange>> byKind = new LinkedHashMap<>();
        for (OsmDay.Stretch stretch : day.stretches()) {
            byKind.computeIfAbsent(new Kind(stretch.kind(), stretch.comment()), k -> new ArrayList<>())
                    .add(new TimeRange(stretch.start(), stretch.end()));
        }
        List<OsmRule> rules = new ArrayList<>();
        byKind.forEach((kind, times) -> {
            OsmRule.State state = switch (kind.kind()) {
                case OPEN -> OsmRule.State.OPEN;
                case AUDIENCE -> OsmRule.State.AUDIENCE;
                case UNKNOWN -> OsmRule.State.UNKNOWN;
            };
            // the stretches do not overlap, so each rule after the first adds to the day
            rules.add(new OsmRule(selector, times, state, kind.comment(), !rules.isEmpty()));
        });
        return rules;
    }

    /**
     * The regular rules as an evaluator reads them, asked day after day whether they say what a
     * day should: a year of days has a few dozen different selections of rules and a few dozen
     * different wanted days, so each is evaluated and compared once, not once per date.
     */
    private static final class Regular {
        /** Which rules select a date and the date before it ({@link OsmRule#selection}). */
        private record Selections(long day, long before) {
            // written out: a record's generated methods go through method handles, slow under
            // the build's compiler (C1), and this key is looked up for every date of every value
            @Override
            public boolean equals(Object other) {
                return other instanceof Selections that && day == that.day && before == that.before;
            }

            @Override
            public int hashCode() {
                return Long.hashCode(day * 31 + before);
            }
        }

        private final List<OsmRule> rules;
        private final Predicate<LocalDate> publicHoliday;
        /** The epoch day of the first date asked about. */
        private final long first;
        /** The selection of each date from the day before {@link #first} ({@link #selections}); not written to. */
        private final long[] selections;
        private final Map<Selections, List<OsmDay.Stretch>> evaluated = new HashMap<>();
        private final Map<OsmDay, List<OsmDay.Stretch>> wanted = new IdentityHashMap<>();
        private final Map<OsmDay, Map<Selections, Boolean>> answers = new IdentityHashMap<>();

        Regular(List<OsmRule> rules, HoursEngine engine, LocalDate first, int days) {
            this.rules = rules;
            this.publicHoliday = engine.swedishPublicHolidays();
            this.first = first.toEpochDay();
            this.selections = rules.size() > OsmRule.MAX_SELECTION ? new long[0]
                    : selections(rules, engine, first.minusDays(1), days + 1);
        }

        /**
         * Which rules select each of {@code count} dates from {@code from}, worked out once per
         * engine for all values whose regular rules select alike: a city's places have hundreds of
         * different values and a few dozen different weekly selectors, and every date of a year
         * asks each rule whether it selects it.
         */
        private static long[] selections(List<OsmRule> rules, HoursEngine engine, LocalDate from, int count) {
            List<OsmRule.Selector> selectors = new ArrayList<>(rules.size());
            for (OsmRule rule : rules) {
                selectors.add(rule.selector());
            }
            return engine.derived(new SelectionsKey(selectors, from, count), () -> {
                Predicate<LocalDate> holiday = engine.swedishPublicHolidays();
                long[] made = new long[count];
                for (int i = 0; i < count; i++) {
                    made[i] = OsmRule.selection(rules, from.plusDays(i), holiday);
                }
                return made;
            });
        }

        /** Whether the rules say on {@code date} (which follows {@code before}) what {@code day} says, at every minute. */
        boolean says(OsmDay day, LocalDate date, LocalDate before) {
            if (rules.size() > OsmRule.MAX_SELECTION) {
                return day.sameAs(OsmRule.evaluate(rules, date, publicHoliday));
            }
            Selections selections = new Selections(selection(date), selection(before));
            // the answer for a wanted day and a pair of selections, worked out once: a year of
            // dates has a few dozen such pairs
            return answers.computeIfAbsent(day, d -> new HashMap<>()).computeIfAbsent(selections, s -> {
                List<OsmDay.Stretch> said = evaluated.computeIfAbsent(s,
                        pair -> OsmRule.evaluate(rules, pair.day(), pair.before()).canonical());
                return wanted.computeIfAbsent(day, OsmDay::canonical).equals(said);
            });
        }

        private long selection(LocalDate date) {
            long index = date.toEpochDay() - first + 1;
            if (index < 0 || index >= selections.length) {
                return OsmRule.selection(rules, date, publicHoliday);
            }
            return selections[(int) index];
        }
    }

    /** The key of {@link Regular#selections} in the engine's values: the selectors, in order, and the dates. */
    private record SelectionsKey(List<OsmRule.Selector> selectors, LocalDate from, int count) {
    }

    /**
     * The dates of {@code days} that the reference evaluator misreads when a weekly range runs past
     * midnight, around the clock changes ({@link #misreadAroundClockChange}), found once per
     * engine for every value.
     */
    private static Set<LocalDate> clockChanges(HoursEngine engine, List<DaySchedule> days) {
        LocalDate first = days.get(0).date();
        return engine.derived(new ClockChanges(first, days.size()), () -> {
            Set<LocalDate> dates = new HashSet<>();
            for (int i = 0; i < days.size(); i++) {
                if (misreadAroundClockChange(first.plusDays(i))) {
                    dates.add(first.plusDays(i));
                }
            }
            return Set.copyOf(dates);
        });
    }

    /** The key of {@link #clockChanges} in the engine's values. */
    private record ClockChanges(LocalDate first, int days) {
    }

    /**
     * Whether {@code date} follows the night the clocks go forward in Sweden, or is the day whose
     * night the clocks go back. The reference evaluator misreads both when a weekly range runs past
     * midnight: the morning after the spring night (it loses a Sunday's range into Monday, and
     * moves a Saturday's into Monday too), and the autumn Sunday, a day of 25 hours, where a range
     * that starts that evening and ends after 23:00 the next day also opens at 23:00 that day
     * ({@code Su 23:45-23:15} reads 23:00-23:15 on the last Sunday of October). So those days are
     * always stated by a dated rule, which it reads right.
     */
    private static boolean misreadAroundClockChange(LocalDate date) {
        int before = offsetAtStart(date.minusDays(1));
        int start = offsetAtStart(date);
        return before < start || start > offsetAtStart(date.plusDays(1));
    }

    private static int offsetAtStart(LocalDate date) {
        return SWEDEN.getRules().getOffset(date.atStartOfDay(SWEDEN).toInstant()).getTotalSeconds();
    }

    /** Whether the place keeps a holiday policy on Sweden's public holidays, OpenStreetMap's {@code PH}. */
    private static boolean hasPublicHolidays(Availability availability) {
        return availability.anyDay(day -> day.holiday() != null && !day.holiday().eve());
    }

    private static String undecided(String language) {
        return Objects.equals(language, "sv") ? "ej beslutat" : "not decided";
    }

    private static String text(List<OsmRule> rules) {
        StringBuilder text = new StringBuilder();
        for (OsmRule rule : rules) {
            if (!text.isEmpty()) {
                text.append(rule.additional() ? ", " : "; ");
            }
            text.append(rule.text());
        }
        return text.toString();
    }
}
