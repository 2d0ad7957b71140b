package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/** Properties of {@link HoursEngine} over random valid opening hours and random instants. */
class HoursEnginePropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Stockholm"), ZoneOffset.UTC,
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"));
    private static final List<Instant> CLOCK_CHANGES = List.of(Instant.parse("2026-03-29T01:00:00Z"),
            Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-03-08T07:00:00Z"),
            Instant.parse("2026-11-01T06:00:00Z"), Instant.parse("2026-04-04T16:00:00Z"));
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 14));

    private final HoursEngine engine = new HoursEngine(new SwedishHolidays());

    @Property
    void isOpenAgreesWithTheOpeningsOfTheDateAndTheDateBefore(@ForAll("hours") OpeningHours hours,
                                                              @ForAll("instants") ZonedDateTime at) {
        boolean expected = false;
        for (LocalDate date : List.of(at.toLocalDate().minusDays(1), at.toLocalDate())) {
            for (Opening opening : engine.day(hours, date).openings()) {
                if (opening.audience() == null || opening.audience() == Audience.EVERYONE) {
                    ZonedDateTime start = local(date, opening.time().start(), at.getZone());
                    ZonedDateTime end = local(opening.time().crossesMidnight() ? date.plusDays(1) : date,
                            opening.time().end(), at.getZone());
                    expected |= !at.isBefore(start) && at.isBefore(end);
                }
            }
        }
        assertEquals(expected, engine.isOpen(hours, at));
        Statistics.label("open").collect(expected);
        Statistics.label("open").coverage(check -> check.check(true).percentage(p -> p > 5));
    }

    @Property
    void anExceptionDecidesEveryDateItCovers(@ForAll("hours") OpeningHours hours) {
        Statistics.label("exceptions").collect(hours.exceptions().size());
        for (HoursException exception : hours.exceptions()) {
            for (LocalDate date = exception.from(); !date.isAfter(exception.to()); date = date.plusDays(1)) {
                DaySchedule day = engine.day(hours, date);
                assertSame(exception, day.exception());
                assertNull(day.holiday());
                List<TimeRange> expected = exception.closed() ? List.of()
                        : exception.times().stream().sorted(Comparator.comparingInt(TimeRange::start)).toList();
                assertEquals(expected, day.openings().stream().map(Opening::time).toList());
                assertTrue(day.openings().stream().allMatch(o -> o.audience() == null && o.note() == null));
                assertEquals(exception.reason(), day.reason("sv"));
            }
        }
    }

    @Property
    void aHolidayOnlyEverClosesADay(@ForAll("hours") OpeningHours hours, @ForAll("holidays") LocalDate date) {
        DaySchedule day = engine.day(hours, date);
        DaySchedule withoutHolidays = new HoursEngine(HolidayCalendar.NONE).day(hours, date);
        Statistics.label("closed by a holiday").collect(day.closedByHoliday());
        Statistics.label("closed by a holiday").coverage(check -> check.check(true).percentage(p -> p > 2));
        if (day.holiday() != null) {
            assertNotEquals(HolidayPolicy.OPEN, hours.holidays());
            // closed, or unknown while nobody has decided: never open
            assertEquals(hours.holidays() == HolidayPolicy.CLOSED, day.isClosed());
            assertEquals(hours.holidays() == HolidayPolicy.UNKNOWN, day.isUnknown());
            assertEquals(hours.holidays() == HolidayPolicy.CLOSED && withoutHolidays.isOpen(), day.closedByHoliday());
        } else {
            assertEquals(withoutHolidays, day);
        }
    }

    @Property
    void theNextOpeningIsStrictlyLaterAndOpensAfterAClosedSpell(@ForAll("hours") OpeningHours hours,
                                                                  @ForAll("instants") ZonedDateTime at) {
        Optional<ZonedDateTime> next = engine.nextOpening(hours, at);
        boolean openNow = engine.isOpen(hours, at);
        Statistics.label("found").collect(next.isPresent());
        Statistics.label("found").coverage(check -> check.check(true).percentage(p -> p > 40));
        if (next.isPresent()) {
            ZonedDateTime opens = next.get();
            assertTrue(opens.isAfter(at));
            assertTrue(engine.isOpen(hours, opens));
            assertFalse(engine.isOpen(hours, opens.minusNanos(1)));
            if (openNow) {
                ZonedDateTime closes = engine.nextClosing(hours, at).orElseThrow();
                assertTrue(closes.isBefore(opens));
            } else {
                assertNeverBetween(hours, at, opens, true);
            }
        } else if (!openNow) {
            assertNeverBetween(hours, at, at.plusDays(300), true);
        }
    }

    @Property
    void theNextClosingIsStrictlyLaterAndClosesAfterAnOpenSpell(@ForAll("hours") OpeningHours hours,
                                                                 @ForAll("instants") ZonedDateTime at) {
        Optional<ZonedDateTime> next = engine.nextClosing(hours, at);
        boolean openNow = engine.isOpen(hours, at);
        Statistics.label("open now").collect(openNow);
        Statistics.label("open now").coverage(check -> check.check(true).percentage(p -> p > 5));
        if (next.isPresent()) {
            ZonedDateTime closes = next.get();
            assertTrue(closes.isAfter(at));
            assertFalse(engine.isOpen(hours, closes));
            assertTrue(engine.isOpen(hours, closes.minusNanos(1)));
            if (openNow) {
                assertNeverBetween(hours, at, closes, false);
            } else {
                assertTrue(engine.nextOpening(hours, at).orElseThrow().isBefore(closes));
            }
        } else if (openNow) {
            assertNeverBetween(hours, at, at.plusDays(300), false);
        }
    }

    @Property
    void aScheduleIsTheDaysOneByOne(@ForAll("hours") OpeningHours hours, @ForAll("dates") LocalDate from,
                                    @ForAll @IntRange(max = 40) int days) {
        List<DaySchedule> schedule = engine.schedule(hours, from, days);
        assertEquals(days, schedule.size());
        for (int i = 0; i < days; i++) {
            assertEquals(engine.day(hours, from.plusDays(i)), schedule.get(i));
        }
    }

    @Property
    void openingsOfADayAreInStartOrder(@ForAll("hours") OpeningHours hours, @ForAll("dates") LocalDate date) {
        List<Opening> openings = engine.day(hours, date).openings();
        for (int i = 1; i < openings.size(); i++) {
            assertTrue(openings.get(i - 1).time().start() <= openings.get(i).time().start());
        }
    }

    /** Samples the open spell or closed spell strictly between two instants. */
    private void assertNeverBetween(OpeningHours hours, ZonedDateTime from, ZonedDateTime to, boolean open) {
        Duration span = Duration.between(from, to);
        for (int step = 1; step < 40; step++) {
            ZonedDateTime sample = from.plus(span.multipliedBy(step).dividedBy(40));
            if (sample.isAfter(from) && sample.isBefore(to)) {
                assertEquals(!open, engine.isOpen(hours, sample), "at " + sample);
            }
        }
    }

    private static ZonedDateTime local(LocalDate date, int minutes, ZoneId zone) {
        return minutes == TimeRange.MINUTES_PER_DAY
                ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone)
                : ZonedDateTime.of(date, LocalTime.of(minutes / 60, minutes % 60), zone);
    }

    /**
     * A rule's own openings are on a date only when its pattern holds there, counted here without
     * the engine: whole weeks from the Monday of {@code from} (never ISO week numbers), and the
     * weekday's place in its month from either end. Only rules without a season and with times
     * no other rule has, so that an opening names its rule.
     */
    @Property(tries = 300)
    void aPatternedRuleOpensOnlyInItsWeeksAndOnItsWeekdaysOfTheMonth(@ForAll("hours") OpeningHours hours,
                                                                    @ForAll("dates") LocalDate date) {
        if (hours.exceptions().stream().anyMatch(e -> e.covers(date))) {
            return;
        }
        DaySchedule day = engine.day(hours, date);
        if (day.holiday() != null || hours.rules().stream().anyMatch(r -> r.season() != null)) {
            return;
        }
        for (HoursRule rule : hours.rules()) {
            if (!rule.days().contains(date.getDayOfWeek()) || rule.times().stream().anyMatch(t -> hours.rules().stream()
                    .filter(other -> other != rule).anyMatch(other -> other.times().contains(t)))) {
                continue;
            }
            long weeks = Math.floorDiv(date.toEpochDay() - 4, 7)
                    - (rule.from() == null ? 0 : Math.floorDiv(rule.from().toEpochDay() - 4, 7)); // 1970-01-05 was a Monday
            boolean inWeek = rule.from() == null || !date.isBefore(rule.from()) && weeks % rule.every() == 0;
            int fromStart = (date.getDayOfMonth() + 6) / 7;
            int fromEnd = -((date.lengthOfMonth() - date.getDayOfMonth()) / 7) - 1;
            boolean inMonth = rule.nth().isEmpty() || rule.nth().contains(fromStart) || rule.nth().contains(fromEnd);
            for (TimeRange time : rule.times()) {
                boolean shown = day.openings().stream()
                        .anyMatch(o -> o.time().equals(time) && java.util.Objects.equals(o.audience(), rule.audience()));
                assertEquals(inWeek && inMonth, shown, rule + " on " + date);
            }
        }
    }

    @Provide
    Arbitrary<OpeningHours> hours() {
        Arbitrary<HoursRule> rule = Combinators.combine(weekdays(), ranges(), audiences(), seasons())
                .as((days, times, audience, season) -> new HoursRule(days, times, audience, null, season, Fixtures.AT));
        // every other week, nth weekdays of the month and rules from a date, beside the weekly ones
        rule = ValidHours.patterned(rule, FIRST);
        Arbitrary<List<HoursRule>> rules = rule.list().ofMinSize(1).ofMaxSize(6).map(ValidHours::rules);
        Arbitrary<List<HoursException>> exceptions = exception().list().ofMaxSize(3).map(ValidHours::exceptions);
        return Combinators.combine(rules, exceptions, Arbitraries.of(HolidayPolicy.class)).as(OpeningHours::new);
    }

    @Provide
    Arbitrary<ZonedDateTime> instants() {
        Arbitrary<Instant> anywhere = Arbitraries.longs().between(0, Duration.ofDays(2 * 365).toSeconds())
                .map(START::plusSeconds);
        Arbitrary<Instant> nearClockChange = Combinators.combine(Arbitraries.of(CLOCK_CHANGES),
                Arbitraries.longs().between(-Duration.ofHours(30).toSeconds(), Duration.ofHours(30).toSeconds()))
                .as(Instant::plusSeconds);
        // openings start and end on whole minutes, so land on them often
        Arbitrary<Instant> instant = Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, anywhere), net.jqwik.api.Tuple.of(1, nearClockChange))
                .flatMap(a -> Arbitraries.of(true, false).map(whole -> whole ? a.minusSeconds(a.getEpochSecond() % 900) : a));
        return Combinators.combine(instant, Arbitraries.of(ZONES)).as(Instant::atZone);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(-60, 800).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<LocalDate> holidays() {
        return Arbitraries.oneOf(Arbitraries.of(HOLIDAYS), dates());
    }

    private Arbitrary<List<DayOfWeek>> weekdays() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)
                .map(days -> days.stream().sorted().toList());
    }

    private Arbitrary<List<TimeRange>> ranges() {
        return range().list().ofMinSize(1).ofMaxSize(3);
    }

    private Arbitrary<TimeRange> range() {
        Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 96).map(q -> q * 15);
        Arbitrary<Integer> minute = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, quarter), net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 1440)));
        return Combinators.combine(minute.filter(m -> m < TimeRange.MINUTES_PER_DAY), minute)
                .filter((start, end) -> !start.equals(end))
                .as(TimeRange::new);
    }

    private Arbitrary<Audience> audiences() {
        return Arbitraries.of(Audience.class).injectNull(0.7);
    }

    private Arbitrary<Season> seasons() {
        Arbitrary<MonthDay> monthDay = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28)).as(MonthDay::of);
        Arbitrary<Season> yearly = Combinators.combine(monthDay, monthDay).as(Season.Yearly::new);
        Arbitrary<Season> dates = Combinators.combine(Arbitraries.integers().between(-200, 700),
                Arbitraries.integers().between(0, 120))
                .as((start, length) -> new Season.Dates(FIRST.plusDays(start), FIRST.plusDays(start + length)));
        // new hours from a date, with no end
        Arbitrary<Season> openEnded = Arbitraries.integers().between(-200, 700)
                .map(start -> new Season.Dates(FIRST.plusDays(start), null));
        return Arbitraries.oneOf(yearly, dates, openEnded).injectNull(0.7);
    }

    private Arbitrary<HoursException> exception() {
        Arbitrary<LocalDate> from = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, dates()), net.jqwik.api.Tuple.of(1, Arbitraries.of(HOLIDAYS)));
        Arbitrary<List<TimeRange>> times = range().list().ofMinSize(1).ofMaxSize(2).map(ValidHours::oneDay);
        return Combinators.combine(from, Arbitraries.integers().between(0, 14), Arbitraries.of(true, false), times)
                .as((start, length, closed, ranges) -> new HoursException(start, start.plusDays(length), closed,
                        closed ? List.of() : ranges, closed ? "Stängt" : "Ändrade tider", Fixtures.AT));
    }
}
