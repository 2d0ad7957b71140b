package se.kvarter.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.HoursEngine;
import se.kvarter.hours.SwedishHolidays;
import se.kvarter.model.Audience;
import se.kvarter.model.HolidayPolicy;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Position;

/**
 * The opening-hours engine on a realistic place: two ranges a day with a lunch break, a short
 * Friday, Saturdays for families, summer hours, a closed day, a summer closure, shorter hours
 * before Christmas and {@code holidays: closed}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HoursBenchmark {

    private static final Position AT = new Position("places/bench.md", 1, 1);
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final HoursEngine engine = new HoursEngine(new SwedishHolidays());
    private final OpeningHours hours = realistic();
    private int day;

    static OpeningHours realistic() {
        List<DayOfWeek> monToThu = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        List<HoursRule> rules = List.of(
                new HoursRule(monToThu, List.of(time(9, 0, 12, 0), time(13, 0, 16, 0)), null, null, null, AT),
                new HoursRule(List.of(DayOfWeek.FRIDAY), List.of(time(9, 0, 12, 0)), null, null, null, AT),
                new HoursRule(List.of(DayOfWeek.SATURDAY), List.of(time(10, 0, 14, 0)), Audience.FAMILIES,
                        "På lördagar är det öppet för barnfamiljer.", null, AT),
                new HoursRule(weekdays, List.of(time(10, 0, 14, 0)), null, "Sommartider",
                        new Season.Yearly(MonthDay.of(6, 22), MonthDay.of(8, 14)), AT));
        List<HoursException> exceptions = List.of(
                new HoursException(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12), true, List.of(),
                        "Personalen är på utbildning", AT),
                new HoursException(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 8, 9), true, List.of(), "Sommarstängt", AT),
                new HoursException(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 23), false,
                        List.of(time(10, 0, 12, 0)), "Kortare öppettider före jul", AT));
        return new OpeningHours(rules, exceptions, HolidayPolicy.CLOSED);
    }

    private static TimeRange time(int h1, int m1, int h2, int m2) {
        return new TimeRange(h1 * 60 + m1, h2 * 60 + m2);
    }

    /** One date, a different one each call, round the year. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public DaySchedule day() {
        day = (day + 1) % 365;
        return engine.day(hours, FROM.plusDays(day));
    }

    /** A year of days, as the place page, the JSON API and the calendar need. */
    @Benchmark
    public List<DaySchedule> scheduleYear() {
        return engine.schedule(hours, FROM, 365);
    }

    /** "Opens next at": from the Thursday evening before Easter over Good Friday, the weekend and Easter Monday. */
    @Benchmark
    public Object nextOpening() {
        return engine.nextOpening(hours, ZonedDateTime.of(2026, 4, 2, 18, 0, 0, 0, ZONE));
    }
}
