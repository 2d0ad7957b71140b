package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Swedish public holidays of the law on public holidays (lag 1989:253) for any year, plus the
 * three eves that are closed in practice (midsommarafton, julafton, nyårsafton, marked
 * {@link Holiday#eve()}). Names are given in Swedish ({@code sv}) and English ({@code en}).
 * Thread-safe; each year is computed once per instance.
 */
public final class SwedishHolidays implements HolidayCalendar {

    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    @Override
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    /** Every holiday and closed eve of {@code year}, in date order. */
    public List<Holiday> holidays(int year) {
        return List.copyOf(year(year).values());
    }

    /** Easter Sunday of {@code year} in the Gregorian calendar. */
    public static LocalDate easterSunday(int year) {
        // The anonymous Gregorian computus: find the paschal full moon from the year's place in
        // the 19-year lunar cycle, corrected for the century leap-year rules, then the Sunday after.
        int cycle = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int skippedLeapDays = century / 4;
        int centuryRest = century % 4;
        int lunarCorrection = (century + 8) / 25;
        int moonShift = (century - lunarCorrection + 1) / 3;
        int epact = (19 * cycle + century - skippedLeapDays - moonShift + 15) % 30;
        int leapQuarters = yearOfCentury / 4;
        int leapRest = yearOfCentury % 4;
        int toSunday = (32 + 2 * centuryRest + 2 * leapQuarters - epact - leapRest) % 7;
        int lateCorrection = (cycle + 11 * epact + 22 * toSunday) / 451;
        int daysFromMarch = epact + toSunday - 7 * lateCorrection + 114;
        return LocalDate.of(year, daysFromMarch / 31, daysFromMarch % 31 + 1);
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, SwedishHolidays::compute);
    }

    private static Map<LocalDate, Holiday> compute(int year) {
        LocalDate easter = easterSunday(year);
        LocalDate midsummerDay = saturdayFrom(year, MonthDay.of(6, 20));
        Days days = new Days(year);
        // Listed in the order of the law; when two fall on one date (Ascension Day on 1 May in
        // 2008, Whit Sunday on 6 June in 2049) the first listed names the date.
        days.add(MonthDay.of(1, 1), "new-years-day", "Nyårsdagen", "New Year's Day", false);
        days.add(MonthDay.of(1, 6), "epiphany", "Trettondedag jul", "Epiphany", false);
        days.add(easter.minusDays(2), "good-friday", "Långfredagen", "Good Friday", false);
        days.add(easter, "easter-sunday", "Påskdagen", "Easter Sunday", false);
        days.add(easter.plusDays(1), "easter-monday", "Annandag påsk", "Easter Monday", false);
        days.add(easter.plusDays(39), "ascension-day", "Kristi himmelsfärdsdag", "Ascension Day", false);
        days.add(MonthDay.of(5, 1), "may-day", "Första maj", "May Day", false);
        days.add(easter.plusDays(49), "whit-sunday", "Pingstdagen", "Whit Sunday", false);
        days.add(MonthDay.of(6, 6), "national-day", "Sveriges nationaldag", "National Day of Sweden", false);
        days.add(midsummerDay, "midsummer-day", "Midsommardagen", "Midsummer Day", false);
        LocalDate allSaints = saturdayFrom(year, MonthDay.of(10, 31));
        days.add(allSaints, "all-saints-day", "Alla helgons dag", "All Saints' Day", false);
        days.add(MonthDay.of(12, 25), "christmas-day", "Juldagen", "Christmas Day", false);
        days.add(MonthDay.of(12, 26), "boxing-day", "Annandag jul", "Boxing Day", false);
        days.add(midsummerDay.minusDays(1), "midsummer-eve", "Midsommarafton", "Midsummer Eve", true);
        days.add(MonthDay.of(12, 24), "christmas-eve", "Julafton", "Christmas Eve", true);
        days.add(MonthDay.of(12, 31), "new-years-eve", "Nyårsafton", "New Year's Eve", true);
        return Collections.unmodifiableMap(days.byDate);
    }

    /** The first Saturday on or after {@code day} in {@code year}. */
    private static LocalDate saturdayFrom(int year, MonthDay day) {
        return day.atYear(year).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    }

    /** Collects one year's days; the map is only read after it is complete. */
    private static final class Days {
        private final int year;
        private final Map<LocalDate, Holiday> byDate = new TreeMap<>();

        Days(int year) {
            this.year = year;
        }

        void add(MonthDay day, String id, String swedish, String english, boolean eve) {
            add(day.atYear(year), id, swedish, english, eve);
        }

        void add(LocalDate date, String id, String swedish, String english, boolean eve) {
            byDate.putIfAbsent(date, new Holiday(date, id, Map.of("sv", swedish, "en", english), eve));
        }
    }
}
