package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;

/**
 * The {@code opening_hours} value of random availabilities (weekly rules, seasons, exceptions,
 * every holiday policy, audiences, statuses, reference dates around the clock changes and the
 * holidays), read by the reference evaluator, says the same as the availability on every day of
 * the horizon. The samples come from jqwik generators ({@link Arbitrary#sampleStream()}, new ones
 * each run; a failure names the hours) and are all read by one Node process, which keeps the test
 * to seconds.
 */
class OsmEvaluatorAgreementTest {

    private static final int SAMPLES = 50;
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final List<LocalDate> SPECIAL = List.of(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 14),
            LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31));

    private final HoursEngine engine = new HoursEngine(new SwedishHolidays());

    /** A sample: hours, status and reference date. */
    private record Sample(OpeningHours hours, PlaceStatus status, LocalDate today) {
    }

    @Test
    void theEvaluatorReadsTheAvailabilityOfRandomHoursOnEveryDayOfTheComingYear() {
        OsmEvaluator.requireInstalled();
        int read = check(samples().sampleStream().limit(SAMPLES).toList());
        assertTrue(read > SAMPLES / 2, "values read: " + read);
    }

    /**
     * Ranges past midnight that start on the last Sunday of October, a day of 25 hours: the
     * evaluator read {@code Su 23:45-23:15} as open 23:00-23:15 that Sunday too (found by the
     * random samples above, from 2027-03-06), so the value states that day by a dated rule.
     */
    @Test
    void theEvaluatorReadsRangesPastMidnightOnTheAutumnNight() {
        OsmEvaluator.requireInstalled();
        HoursRule overnight = new HoursRule(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY), List.of(new TimeRange(23 * 60 + 45, 23 * 60 + 15)),
                null, null, null, Fixtures.AT);
        HoursRule families = new HoursRule(List.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new TimeRange(6 * 60, 9 * 60 + 30)), Audience.FAMILIES, null, null, Fixtures.AT);
        HoursRule sundayNight = new HoursRule(List.of(DayOfWeek.SUNDAY), List.of(new TimeRange(23 * 60 + 45, 23 * 60 + 15)),
                null, null, null, Fixtures.AT);
        HoursRule saturdayNight = new HoursRule(List.of(DayOfWeek.SATURDAY), List.of(new TimeRange(22 * 60, 23 * 60 + 30)),
                null, null, null, Fixtures.AT);
        HoursException closed = new HoursException(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 29), true, List.of(),
                "Stängt", Fixtures.AT);
        List<Sample> samples = new ArrayList<>();
        for (LocalDate today : List.of(LocalDate.of(2027, 3, 6), LocalDate.of(2027, 10, 30), LocalDate.of(2026, 10, 24),
                LocalDate.of(2027, 3, 27))) {
            samples.add(new Sample(new OpeningHours(List.of(overnight, families), List.of(closed), HolidayPolicy.UNKNOWN),
                    PlaceStatus.OPEN, today));
            samples.add(new Sample(new OpeningHours(List.of(sundayNight), List.of(), HolidayPolicy.OPEN), PlaceStatus.OPEN, today));
            samples.add(new Sample(new OpeningHours(List.of(saturdayNight, sundayNight), List.of(), HolidayPolicy.CLOSED),
                    PlaceStatus.OPEN, today));
        }
        assertEquals(samples.size(), check(samples));
    }

    /** Reads the values of {@code samples} with the evaluator and fails on any disagreement; the number of values read. */
    private int check(List<Sample> samples) {
        List<Availability> availabilities = new ArrayList<>();
        List<OsmEvaluator.Case> cases = new ArrayList<>();
        for (Sample sample : samples) {
            Availability availability = Availability.of(engine, sample.hours(), sample.status(),
                    sample.status() == PlaceStatus.OPEN ? null : "Tillfälligt \"stängt\"", sample.today());
            String value = OsmOpeningHours.format(availability);
            if (!availability.isOpenPlace()) {
                assertEquals("off \"Tillfälligt 'stängt'\"", value);
            } else if (!availability.hasHours()) {
                assertNull(value);
                continue;
            }
            availabilities.add(availability);
            cases.add(new OsmEvaluator.Case(value, sample.today(), Availability.HORIZON_DAYS + 1));
        }
        long start = System.nanoTime();
        List<OsmEvaluator.Reading> readings = OsmEvaluator.read(cases);
        System.out.println("evaluator: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        List<String> problems = new ArrayList<>();
        int longest = 0;
        for (int i = 0; i < cases.size(); i++) {
            Availability availability = availabilities.get(i);
            OsmEvaluator.Case item = cases.get(i);
            longest = Math.max(longest, item.value().length());
            List<String> disagreements = OsmAgreement.disagreements("sample " + i, item.value(), readings.get(i),
                    availability::day, item.from(), item.days(), OsmEvaluator.ZONE);
            if (!disagreements.isEmpty()) {
                problems.addAll(disagreements.stream().limit(3).toList());
                problems.add("  (sample " + i + ": " + availability.hours() + ", " + availability.status() + ", from "
                        + item.from() + ", value " + item.value() + ")");
            }
        }
        assertTrue(problems.isEmpty(), "disagreements:\n"
                + String.join("\n", problems.stream().limit(30).toList()));
        System.out.println("OSM values read: " + cases.size() + ", longest " + longest + " characters");
        return cases.size();
    }

    private Arbitrary<Sample> samples() {
        Arbitrary<HoursRule> rule = Combinators.combine(weekdays(), ranges(), audiences(), seasons())
                .as((days, times, audience, season) -> new HoursRule(days, times, audience, null, season, Fixtures.AT));
        // every other week, nth weekdays of the month and rules from a date, beside the weekly ones
        rule = ValidHours.patterned(rule, FIRST);
        Arbitrary<List<HoursRule>> rules = rule.list().ofMinSize(0).ofMaxSize(4).map(ValidHours::rules);
        Arbitrary<List<HoursException>> exceptions = exception().list().ofMaxSize(4).map(ValidHours::exceptions);
        Arbitrary<OpeningHours> hours = Combinators.combine(rules, exceptions, Arbitraries.of(HolidayPolicy.class))
                .as(OpeningHours::new);
        Arbitrary<PlaceStatus> status = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(PlaceStatus.OPEN)),
                Tuple.of(1, Arbitraries.of(PlaceStatus.class)));
        Arbitrary<LocalDate> today = Arbitraries.oneOf(Arbitraries.of(SPECIAL).map(date -> date.minusDays(1)),
                Arbitraries.integers().between(0, 600).map(FIRST::plusDays));
        return Combinators.combine(hours, status, today).as(Sample::new);
    }

    private Arbitrary<List<DayOfWeek>> weekdays() {
        return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7).map(days -> days.stream().sorted().toList());
    }

    private Arbitrary<List<TimeRange>> ranges() {
        return range().list().ofMinSize(1).ofMaxSize(3);
    }

    private Arbitrary<TimeRange> range() {
        Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 96).map(q -> q * 15);
        Arbitrary<Integer> minute = Arbitraries.frequencyOf(Tuple.of(4, quarter),
                Tuple.of(1, Arbitraries.integers().between(0, 1440)));
        // no time inside 02:00-03:00, which the spring night skips: such a time means nothing that
        // night, and the evaluator places it elsewhere than Java does (the end of the gap)
        Arbitrary<Integer> existing = minute.filter(m -> m <= 120 || m >= 180);
        return Combinators.combine(existing.filter(m -> m < TimeRange.MINUTES_PER_DAY), existing)
                .filter((start, end) -> !start.equals(end))
                .as(TimeRange::new);
    }

    private Arbitrary<Audience> audiences() {
        return Arbitraries.of(Audience.class).injectNull(0.6);
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
        Arbitrary<LocalDate> from = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(0, 900)
                .map(FIRST::plusDays)), Tuple.of(1, Arbitraries.of(SPECIAL)));
        Arbitrary<List<TimeRange>> times = range().list().ofMinSize(1).ofMaxSize(2).map(ValidHours::oneDay);
        Arbitrary<String> reason = Arbitraries.of("Stängt", "Ändrade tider", "Julstängt \"på riktigt\"");
        return Combinators.combine(from, Arbitraries.integers().between(0, 20), Arbitraries.of(true, false), times, reason)
                .as((start, length, closed, ranges, why) -> new HoursException(start, start.plusDays(length), closed,
                        closed ? List.of() : ranges, why, Fixtures.AT));
    }
}
