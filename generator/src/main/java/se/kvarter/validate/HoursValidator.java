package se.kvarter.validate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.content.YamlNode;
import se.kvarter.hours.HolidayCalendar;
import se.kvarter.hours.HoursEngine;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Phrase;
import se.kvarter.source.Problems;

/**
 * Reads a place's {@code hours}, {@code exceptions} and {@code holidays} into
 * {@link OpeningHours}, and reports impossible times, exceptions without a reason and rules
 * that overlap on the same day, season and audience.
 */
final class HoursValidator {

    private static final Set<String> RULE = Set.of("days", "time", "audience", "note", "period", "every", "from", "nth");
    private static final Set<String> EXCEPTION = Set.of("date", "from", "to", "closed", "time", "reason");
    private static final Set<String> PERIOD = Set.of("from", "to");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final Pattern EVERY_WEEKS = Pattern.compile("(\\d+)\\s*weeks?");
    private static final int MAX_EVERY = 52;

    private final Problems problems;
    private final Values values;
    private final TimeParser times;
    private final LocalTimes localTimes;

    private final ClockChanges clockChanges;

    /** @param today the reference date, from which the coming clock changes are looked at */
    HoursValidator(Problems problems, Values values, HolidayCalendar holidays, LocalDate today) {
        this.problems = problems;
        this.clockChanges = new ClockChanges(problems, values.zone(), new HoursEngine(holidays), today);
        this.values = values;
        this.times = new TimeParser(problems);
        this.localTimes = new LocalTimes(problems, values.zone());
    }

    OpeningHours validate(Fields place) {
        List<HoursRule> rules = new ArrayList<>();
        List<ClockChanges.Written> times = new ArrayList<>();
        for (YamlNode.Mapping item : place.mappings("hours")) {
            Fields fields = place.item("hours", item, RULE);
            rule(fields).ifPresent(rule -> {
                rules.add(rule);
                times.add(new ClockChanges.Written(fields.scalars("time"), fields.label("time")));
            });
        }
        checkOverlaps(rules);
        List<HoursException> exceptions = new ArrayList<>();
        for (YamlNode.Mapping item : place.mappings("exceptions")) {
            exception(place.item("exceptions", item, EXCEPTION)).ifPresent(exceptions::add);
        }
        checkOverlappingExceptions(exceptions);
        if (!rules.isEmpty() && !place.has("holidays")) {
            // the default publishes the holidays as closed: a fact somebody should have decided
            problems.add(place.positionOf("hours"), "notice.holidays-default");
        }
        HolidayPolicy holidays = Optional.ofNullable(
                place.parsed("holidays", (s, l) -> values.choice(s, l, HolidayPolicy.class))).orElse(HolidayPolicy.CLOSED);
        OpeningHours hours = new OpeningHours(rules, exceptions, holidays);
        clockChanges.check(hours, times);
        return hours;
    }

    private Optional<HoursRule> rule(Fields rule) {
        if (!rule.has("days")) {
            rule.requiredText("days");
        }
        if (!rule.has("time")) {
            rule.requiredText("time");
        }
        List<DayOfWeek> days = times.days(rule.scalars("days"), rule.label("days"));
        List<TimeRange> ranges = times.ranges(rule.scalars("time"), rule.label("time"));
        Audience audience = rule.parsed("audience", (s, l) -> values.choice(s, l, Audience.class));
        Season season = rule.group("period", PERIOD).map(this::season).orElse(null);
        LocalDate from = rule.parsed("from", values::date);
        Integer every = rule.parsed("every", this::everyWeeks);
        List<Integer> nth = nth(rule);
        boolean patternWrong = (rule.has("from") && from == null) || (rule.has("every") && every == null) || nth == null;
        if (every != null && every > 1 && from == null && !rule.has("from")) {
            problems.add(rule.positionOf("every"), "hours.every-without-from", rule.label("every"), every,
                    rule.label("from"));
            patternWrong = true;
        }
        if (every != null && every > 1 && nth != null && !nth.isEmpty()) {
            problems.add(rule.positionOf("nth"), "hours.every-and-nth", rule.label("every"), rule.label("nth"));
            patternWrong = true;
        }
        if (days.isEmpty() || ranges.isEmpty() || (rule.has("period") && season == null) || patternWrong) {
            // a rule whose period or pattern is wrong (reported) would otherwise be checked for overlaps as a year-round rule
            return Optional.empty();
        }
        return Optional.of(new HoursRule(days, ranges, audience, rule.text("note"), season,
                every == null ? 1 : every, from, nth, rule.at()));
    }

    /** {@code 2 weeks}: how many weeks apart the rule holds; null when written wrong (reported). */
    private Integer everyWeeks(YamlNode.Scalar value, String label) {
        String text = value.value().strip().toLowerCase(Locale.ROOT);
        Matcher weeks = EVERY_WEEKS.matcher(text);
        if (weeks.matches() && weeks.group(1).length() <= 2) {
            int every = Integer.parseInt(weeks.group(1));
            if (every >= 1 && every <= MAX_EVERY) {
                return every;
            }
        }
        // "1 months" means a weekday of the month, which nth says; days are not a weekly pattern
        problems.add(value.at(), text.contains("month") ? "hours.every-months" : "hours.bad-every", label, value.value().strip());
        return null;
    }

    /** The {@code nth} weekdays of the month, counted from the start first (1, 3), then from the end (-1, -2). */
    private static List<Integer> nth(Fields rule) {
        List<Integer> nth = rule.nth("hours.bad-nth");
        return nth == null ? null : nth.stream()
                .sorted(java.util.Comparator.comparing((Integer n) -> n < 0).thenComparing(Math::abs)).toList();
    }

    private Season season(Fields period) {
        Optional<YamlNode.Scalar> from = period.scalar("from");
        Optional<YamlNode.Scalar> to = period.scalar("to");
        boolean yearlyFrom = from.isPresent() && MONTH_DAY.matcher(from.get().value().strip()).matches();
        if (from.isPresent() && to.isEmpty() && !yearlyFrom) {
            // new hours from a date, with no end: the rule holds from that date on
            LocalDate start = values.date(from.get(), period.label("from"));
            return start == null ? null : new Season.Dates(start, null);
        }
        if (from.isEmpty() || to.isEmpty()) {
            period.requiredText(from.isEmpty() ? "from" : "to");
            return null;
        }
        boolean yearly = MONTH_DAY.matcher(from.get().value().strip()).matches();
        if (yearly != MONTH_DAY.matcher(to.get().value().strip()).matches()) {
            problems.add(to.get().at(), "hours.mixed-period", period.label("from"), period.label("to"));
            return null;
        }
        if (yearly) {
            MonthDay start = monthDay(from.get(), period.label("from"));
            MonthDay end = monthDay(to.get(), period.label("to"));
            return start == null || end == null ? null : new Season.Yearly(start, end);
        }
        LocalDate start = values.date(from.get(), period.label("from"));
        LocalDate end = values.date(to.get(), period.label("to"));
        if (start == null || end == null) {
            return null;
        }
        if (end.isBefore(start)) {
            problems.add(to.get().at(), "value.range-backwards", period.label("to"), end, start);
            return null;
        }
        return new Season.Dates(start, end);
    }

    private MonthDay monthDay(YamlNode.Scalar value, String label) {
        try {
            return MonthDay.parse("--" + value.value().strip());
        } catch (DateTimeException e) {
            // 02-30 is written right but is no day; 15-08 (day first) is written wrong
            boolean written = value.value().strip().matches("(0[1-9]|1[0-2])-[0-3]\\d");
            problems.add(value.at(), written ? "value.impossible-date" : "hours.bad-month-day", label, value.value().strip());
            return null;
        }
    }

    private Optional<HoursException> exception(Fields exception) {
        String reason = exception.requiredText("reason");
        LocalDate from;
        LocalDate to;
        if (exception.has("date")) {
            if (exception.has("from") || exception.has("to")) {
                problems.add(exception.positionOf(exception.has("from") ? "from" : "to"), "exception.date-and-range");
            }
            from = exception.parsed("date", values::date);
            to = from;
        } else if (exception.has("from") || exception.has("to")) {
            if (!exception.has("from") || !exception.has("to")) {
                exception.requiredText(exception.has("from") ? "to" : "from");
            }
            from = exception.parsed("from", values::date);
            to = exception.parsed("to", values::date);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(exception.positionOf("to"), "value.range-backwards", exception.label("to"), to, from);
                return Optional.empty();
            }
        } else {
            problems.add(exception.at(), "exception.no-date");
            return Optional.empty();
        }
        boolean closed = exception.bool("closed", false);
        List<TimeRange> ranges = new ArrayList<>();
        for (YamlNode.Scalar value : exception.scalars("time")) {
            TimeRange range = times.range(value, exception.label("time"));
            if (range != null) {
                ranges.add(range);
                if (from != null && to != null && !closed) {
                    localTimes.checkExists(value, exception.label("time"), range, from, to);
                }
            }
        }
        if (closed && exception.has("time")) {
            problems.add(exception.positionOf("time"), "exception.closed-and-time");
        } else if (!closed && !exception.has("time")) {
            problems.add(exception.at(), "exception.no-hours");
        }
        if (from == null || to == null || reason == null || (!closed && ranges.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new HoursException(from, to, closed, closed ? List.of() : ranges, reason, exception.at()));
    }

    private void checkOverlaps(List<HoursRule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            HoursRule rule = rules.get(i);
            checkWithin(rule, rule, true);
            for (int j = 0; j < i; j++) {
                HoursRule earlier = rules.get(j);
                if (Objects.equals(rule.audience(), earlier.audience()) && Objects.equals(rule.season(), earlier.season())
                        && !neverSameDay(rule, earlier)) {
                    checkWithin(rule, earlier, false);
                }
            }
        }
    }

    /** Reports when a range of {@code rule} overlaps one of {@code other} on a shared day (or the day after, across midnight). */
    private void checkWithin(HoursRule rule, HoursRule other, boolean same) {
        for (DayOfWeek day : rule.days()) {
            for (int a = 0; a < rule.times().size(); a++) {
                TimeRange mine = rule.times().get(a);
                for (int b = same ? a + 1 : 0; b < other.times().size(); b++) {
                    TimeRange theirs = other.times().get(b);
                    boolean sameDay = other.days().contains(day) && overlap(mine, theirs);
                    boolean spill = (mine.crossesMidnight() && other.days().contains(day.plus(1)) && theirs.start() < mine.end())
                            || (theirs.crossesMidnight() && other.days().contains(day.minus(1)) && mine.start() < theirs.end());
                    if (sameDay || spill) {
                        Phrase dayName = new Phrase("kind.day-" + day.name().substring(0, 2).toLowerCase(Locale.ROOT));
                        if (same) {
                            problems.add(rule.at(), "hours.overlap-within", dayName, mine.toString(), theirs.toString());
                        } else {
                            problems.add(rule.at(), "hours.overlap", dayName, mine.toString(), theirs.toString(),
                                    String.valueOf(other.at().line()));
                        }
                        return;
                    }
                }
            }
        }
    }

    /**
     * Whether two patterned rules can never hold on the same date: alternate weeks of the same
     * interval, or different weekdays of the month counted from the same end. Otherwise they are
     * checked for overlaps as weekly rules, which may report a pair that never meets (told apart
     * by writing the patterns so).
     */
    private static boolean neverSameDay(HoursRule a, HoursRule b) {
        if (a.every() > 1 && a.every() == b.every()) {
            long weeks = java.time.temporal.ChronoUnit.WEEKS.between(monday(a.from()), monday(b.from()));
            return weeks % a.every() != 0;
        }
        if (!a.nth().isEmpty() && !b.nth().isEmpty()) {
            boolean sameEnd = a.nth().stream().allMatch(n -> n > 0) && b.nth().stream().allMatch(n -> n > 0)
                    || a.nth().stream().allMatch(n -> n < 0) && b.nth().stream().allMatch(n -> n < 0);
            return sameEnd && a.nth().stream().noneMatch(b.nth()::contains);
        }
        return false;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static boolean overlap(TimeRange a, TimeRange b) {
        int aEnd = a.crossesMidnight() ? a.end() + TimeRange.MINUTES_PER_DAY : a.end();
        int bEnd = b.crossesMidnight() ? b.end() + TimeRange.MINUTES_PER_DAY : b.end();
        return a.start() < bEnd && b.start() < aEnd;
    }

    private void checkOverlappingExceptions(List<HoursException> exceptions) {
        for (int i = 0; i < exceptions.size(); i++) {
            for (int j = 0; j < i; j++) {
                HoursException a = exceptions.get(i);
                HoursException b = exceptions.get(j);
                if (!a.from().isAfter(b.to()) && !b.from().isAfter(a.to())) {
                    problems.add(a.at(), "exception.overlap", String.valueOf(b.at().line()));
                }
            }
        }
    }
}
