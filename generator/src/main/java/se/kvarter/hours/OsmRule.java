package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import se.kvarter.model.HoursRule;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * One rule of an OpenStreetMap {@code opening_hours} value, which it can both write and evaluate
 * the way the reference evaluator (the {@code opening_hours} package) does, so that the writer can
 * tell which days the value would get wrong: a rule that selects a day replaces what earlier rules
 * said about it, unless it is an additional rule (joined with {@code ", "}), which only paints over
 * the times it names; a time range past midnight also paints the next morning, whatever later rules
 * say about the day it started on, until a later rule selects that next day.
 *
 * @param times      the times; empty for a rule about the whole day ({@code off}, {@code unknown})
 * @param comment    the comment, or null
 * @param additional whether the rule adds to the earlier ones ({@code ", "}) instead of replacing them
 */
record OsmRule(Selector selector, List<TimeRange> times, State state, String comment, boolean additional) {

    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] WEEKDAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

    /** What the rule's times are. */
    enum State {
        /** Open for everyone. */
        OPEN,
        /** Open for an audience only: the times with a comment naming it, which evaluators read as unknown. */
        AUDIENCE,
        UNKNOWN,
        OFF
    }

    OsmRule {
        times = List.copyOf(times);
        comment = comment == null || comment.isBlank() ? null : clean(comment);
    }

    /** The dates a rule selects. */
    sealed interface Selector permits Always, Weekly, PublicHolidays, Dates {

        boolean selects(LocalDate date, Predicate<LocalDate> publicHoliday);

        String text();
    }

    /** Every date (no selector). */
    record Always() implements Selector {
        @Override
        public boolean selects(LocalDate date, Predicate<LocalDate> publicHoliday) {
            return true;
        }

        @Override
        public String text() {
            return "";
        }
    }

    /**
     * The weekdays, within the season when there is one; with {@code nth}, only those of them in
     * the month ({@code Sa[1,3]}, {@code Fr[-1]}: 1..5 from the start, -1..-5 from the end).
     */
    record Weekly(Season season, Set<DayOfWeek> days, List<Integer> nth) implements Selector {

        Weekly {
            nth = List.copyOf(nth);
        }

        Weekly(Season season, Set<DayOfWeek> days) {
            this(season, days, List.of());
        }

        @Override
        public boolean selects(LocalDate date, Predicate<LocalDate> publicHoliday) {
            return (season == null || season.covers(date)) && days.contains(date.getDayOfWeek())
                    && (nth.isEmpty() || nth.contains(HoursRule.ordinal(date)) || nth.contains(HoursRule.ordinalFromEnd(date)));
        }

        @Override
        public String text() {
            String period = season == null ? "" : period(season) + ": ";
            if (nth.isEmpty()) {
                return period + weekdays(days);
            }
            StringJoiner ordinals = new StringJoiner(",", "[", "]");
            nth.forEach(n -> ordinals.add(String.valueOf(n)));
            StringJoiner each = new StringJoiner(",");
            days.stream().sorted().forEach(day -> each.add(WEEKDAYS[day.getValue() - 1] + ordinals));
            return period + each;
        }
    }

    /** OpenStreetMap's {@code PH}: the public holidays of the place's country. */
    record PublicHolidays() implements Selector {
        @Override
        public boolean selects(LocalDate date, Predicate<LocalDate> publicHoliday) {
            return publicHoliday.test(date);
        }

        @Override
        public String text() {
            return "PH";
        }
    }

    /** The dates from {@code from} to {@code to}, both included. */
    record Dates(LocalDate from, LocalDate to) implements Selector {
        @Override
        public boolean selects(LocalDate date, Predicate<LocalDate> publicHoliday) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        @Override
        public String text() {
            // in full: the reference evaluator misreads the short form 2026 Feb 15-28
            return span(date(from), date(to));
        }
    }

    /** The rule as written in the value, without its separator. */
    String text() {
        StringJoiner text = new StringJoiner(" ");
        if (!selector.text().isEmpty()) {
            text.add(selector.text());
        }
        if (!times.isEmpty()) {
            text.add(times(times));
        }
        switch (state) {
            case OPEN -> {
                if (comment != null) {
                    text.add("open");
                }
            }
            case AUDIENCE -> {
                // the comment alone: an evaluator reads it as "maybe open", never as open for all
            }
            case UNKNOWN -> text.add("unknown");
            case OFF -> text.add("off");
        }
        if (comment != null) {
            text.add("\"" + comment + "\"");
        }
        return text.toString();
    }

    /**
     * What {@code rules} in this order say about {@code date}, as an OpenStreetMap evaluator reads
     * them with {@code publicHoliday} as its {@code PH}.
     */
    static OsmDay evaluate(List<OsmRule> rules, LocalDate date, Predicate<LocalDate> publicHoliday) {
        OsmDay day = OsmDay.closed();
        LocalDate before = date.minusDays(1);
        for (OsmRule rule : rules) {
            if (rule.selector().selects(date, publicHoliday)) {
                if (!rule.additional()) {
                    day.clear();
                }
                rule.paintOwn(day);
            }
            if (rule.selector().selects(before, publicHoliday)) {
                rule.paintSpill(day);
            }
        }
        return day;
    }

    /** The most rules a {@link #selection} can name. */
    static final int MAX_SELECTION = Long.SIZE;

    /**
     * Which of {@code rules} (at most {@value #MAX_SELECTION}) select {@code date}, as the bits of a
     * number (bit {@code i} for the {@code i}th rule). What the rules say about a day depends only on
     * which of them select it and which select the day before (see {@link #evaluate(List, long, long)}),
     * so that a year's days, which have a few dozen such pairs, are evaluated once per pair.
     */
    static long selection(List<OsmRule> rules, LocalDate date, Predicate<LocalDate> publicHoliday) {
        if (rules.size() > MAX_SELECTION) {
            throw new IllegalArgumentException("more rules than a selection names: " + rules.size());
        }
        long selected = 0;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).selector().selects(date, publicHoliday)) {
                selected |= 1L << i;
            }
        }
        return selected;
    }

    /**
     * What {@code rules} (at most {@value #MAX_SELECTION}) say about a day that the rules of
     * {@code selected} select, after a day that those of {@code selectedBefore} select.
     */
    static OsmDay evaluate(List<OsmRule> rules, long selected, long selectedBefore) {
        OsmDay day = OsmDay.closed();
        for (int i = 0; i < rules.size(); i++) {
            OsmRule rule = rules.get(i);
            if ((selected & 1L << i) != 0) {
                if (!rule.additional()) {
                    day.clear();
                }
                rule.paintOwn(day);
            }
            if ((selectedBefore & 1L << i) != 0) {
                rule.paintSpill(day);
            }
        }
        return day;
    }

    private void paintOwn(OsmDay day) {
        if (state == State.OFF) {
            return;
        }
        OsmDay.Kind kind = kind();
        if (times.isEmpty()) {
            day.paint(0, TimeRange.MINUTES_PER_DAY, kind, comment);
        }
        for (TimeRange time : times) {
            day.paint(time.start(), time.crossesMidnight() ? TimeRange.MINUTES_PER_DAY : time.end(), kind, comment);
        }
    }

    /** The mornings of the ranges that began the day before and run past midnight. */
    private void paintSpill(OsmDay day) {
        if (state == State.OFF) {
            return;
        }
        for (TimeRange time : times) {
            if (time.crossesMidnight() && time.end() > 0) {
                day.paint(0, time.end(), kind(), comment);
            }
        }
    }

    private OsmDay.Kind kind() {
        return switch (state) {
            case OPEN -> OsmDay.Kind.OPEN;
            case AUDIENCE -> OsmDay.Kind.AUDIENCE;
            default -> OsmDay.Kind.UNKNOWN;
        };
    }

    /** A comment as the syntax allows it: no double quote (it ends the comment), on one line. */
    static String clean(String comment) {
        return comment.replace('"', '\'').replaceAll("\\s+", " ").strip();
    }

    /** {@code Mo-We,Fr}: three or more consecutive days as a range, two as {@code Sa,Su}. */
    static String weekdays(Set<DayOfWeek> days) {
        StringJoiner joined = new StringJoiner(",");
        int day = 1;
        while (day <= 7) {
            if (!days.contains(DayOfWeek.of(day))) {
                day++;
                continue;
            }
            int last = day;
            while (last < 7 && days.contains(DayOfWeek.of(last + 1))) {
                last++;
            }
            if (last - day >= 2) {
                joined.add(WEEKDAYS[day - 1] + "-" + WEEKDAYS[last - 1]);
            } else {
                for (int each = day; each <= last; each++) {
                    joined.add(WEEKDAYS[each - 1]);
                }
            }
            day = last + 1;
        }
        return joined.toString();
    }

    /** {@code 09:00-12:00,22:00-02:00}; an end at midnight is written {@code 24:00}. */
    static String times(List<TimeRange> times) {
        StringJoiner joined = new StringJoiner(",");
        for (TimeRange time : times) {
            joined.add(time.opens() + "-" + (time.end() == 0 ? "24:00" : time.closes()));
        }
        return joined.toString();
    }

    private static String period(Season season) {
        if (season instanceof Season.Yearly yearly) {
            if (yearly.from().getMonth() == yearly.to().getMonth() && yearly.from().isAfter(yearly.to())) {
                // nearly all year round (Sep 02 to Sep 01): the reference evaluator reads Sep 02-Sep 01 as no date
                return span(monthDay(yearly.from()), "Dec 31") + "," + span("Jan 01", monthDay(yearly.to()));
            }
            return span(monthDay(yearly.from()), monthDay(yearly.to()));
        }
        Season.Dates dates = (Season.Dates) season;
        // the reference evaluator reads no open-ended date ("2027 Jan 11+" with a year): a far end instead
        return span(date(dates.from()), dates.openEnded() ? OPEN_END : date(dates.to()));
    }

    /** The end written for a season with no end. */
    private static final String OPEN_END = "2099 Dec 31";

    private static String span(String from, String to) {
        return from.equals(to) ? from : from + "-" + to;
    }

    private static String monthDay(MonthDay day) {
        int dayOfMonth = day.getDayOfMonth();
        return MONTHS[day.getMonthValue() - 1] + (dayOfMonth < 10 ? " 0" : " ") + dayOfMonth;
    }

    private static String date(LocalDate date) {
        return date.getYear() + " " + monthDay(MonthDay.from(date));
    }
}
