package se.kvarter.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Objects;
import se.kvarter.content.YamlNode;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.HoursEngine;
import se.kvarter.hours.Opening;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Notices weekly hours that start or end in the hour the clocks skip: a Sunday rule at 02:30
 * meets the spring-forward night once a year. The format makes a date-time that does not exist
 * an error, but a weekly rule names a time of day, which is right on every other Sunday; so the
 * communicator is told (a notice, at the time's line) which night it is and what the outputs say
 * then: the time an hour on, as every calendar takes it. A date the place's exceptions decide,
 * or a holiday it is closed on, has no such opening and is not noticed.
 */
final class ClockChanges {

    /** How far ahead the nights are looked for: the outputs' year, and the next, for Easter on that Sunday. */
    private static final int DAYS_AHEAD = 2 * 366;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Problems problems;
    private final ZoneId zone;
    private final HoursEngine engine;
    private final LocalDate today;

    ClockChanges(Problems problems, ZoneId zone, HoursEngine engine, LocalDate today) {
        this.problems = problems;
        this.zone = zone;
        this.engine = engine;
        this.today = today;
    }

    /**
     * How a rule's {@code time} is written: its values and the field's name in messages.
     */
    record Written(List<YamlNode.Scalar> values, String label) {
    }

    /**
     * @param times how each rule's time is written, in the order of {@code hours.rules()}
     */
    void check(OpeningHours hours, List<Written> times) {
        boolean[] noticed = new boolean[hours.rules().size()];
        LocalDateTime last = today.plusDays(DAYS_AHEAD).atStartOfDay();
        ZoneOffsetTransition next = zone.getRules().nextTransition(today.atStartOfDay(zone).toInstant());
        while (next != null && next.getDateTimeBefore().isBefore(last)) {
            if (next.isGap()) {
                LocalDate night = next.getDateTimeBefore().toLocalDate();
                // openings that start or end in the gap, and last night's that end in it
                check(hours, times, engine.day(hours, night), night, next, noticed, false);
                check(hours, times, engine.day(hours, night.minusDays(1)), night, next, noticed, true);
            }
            next = zone.getRules().nextTransition(next.getInstant());
        }
    }

    private void check(OpeningHours hours, List<Written> times, DaySchedule day,
                       LocalDate night, ZoneOffsetTransition gap, boolean[] noticed, boolean dayBefore) {
        if (day.exception() != null) {
            return;
        }
        for (Opening opening : day.openings()) {
            TimeRange time = opening.time();
            Integer skipped = dayBefore
                    ? (time.crossesMidnight() && inGap(time.end(), gap) ? time.end() : null)
                    : inGap(time.start(), gap) ? Integer.valueOf(time.start())
                    : !time.crossesMidnight() && time.end() != TimeRange.MINUTES_PER_DAY && inGap(time.end(), gap)
                    ? time.end() : null;
            if (skipped == null) {
                continue;
            }
            int rule = ruleOf(hours, day.date(), opening);
            if (rule < 0 || noticed[rule]) {
                continue;
            }
            noticed[rule] = true;
            LocalTime local = LocalTime.ofSecondOfDay(skipped * 60L);
            Written written = times.get(rule);
            problems.add(at(hours.rules().get(rule), written.values(), time), "notice.weekly-time-skipped", written.label(),
                    CLOCK.format(local), night.toString(), CLOCK.format(gap.getDateTimeBefore()),
                    CLOCK.format(gap.getDateTimeAfter()), CLOCK.format(local.plus(gap.getDuration())));
        }
    }

    private static boolean inGap(int minutes, ZoneOffsetTransition gap) {
        LocalTime time = LocalTime.ofSecondOfDay(minutes * 60L);
        return !time.isBefore(gap.getDateTimeBefore().toLocalTime()) && time.isBefore(gap.getDateTimeAfter().toLocalTime());
    }

    /** The index of the rule that gives {@code opening} on {@code date}, or -1. */
    private static int ruleOf(OpeningHours hours, LocalDate date, Opening opening) {
        for (int i = 0; i < hours.rules().size(); i++) {
            HoursRule rule = hours.rules().get(i);
            if (rule.days().contains(date.getDayOfWeek()) && rule.times().contains(opening.time())
                    && Objects.equals(rule.audience(), opening.audience()) && rule.holdsOn(date)) {
                return i;
            }
        }
        return -1;
    }

    /** The line of the range as written; the rule's when its values cannot be told apart. */
    private static Position at(HoursRule rule, List<YamlNode.Scalar> values, TimeRange time) {
        int index = rule.times().indexOf(time);
        return values.size() == rule.times().size() && index >= 0 ? values.get(index).at() : rule.at();
    }
}
