package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected dates come from published Swedish calendars (tidochdatum.se for 2025, 2026, 2027
 * and 2030, kalender-365.se for 2028, helgdagen.se for 2024, vipcalendar.me for 2029), not
 * from the implementation.
 */
class SwedishHolidaysTest {

    private final SwedishHolidays calendar = new SwedishHolidays();

    @ParameterizedTest(name = "Easter Sunday {0} is {1}")
    @CsvSource({
            "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21"})
    void findsEasterSundayByTheGregorianComputus(int year, LocalDate easter) {
        assertEquals(easter, SwedishHolidays.easterSunday(year));
        assertEquals("easter-sunday", id(easter));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource({
            // 2024
            "good-friday, 2024-03-29", "easter-monday, 2024-04-01", "ascension-day, 2024-05-09",
            "whit-sunday, 2024-05-19", "midsummer-eve, 2024-06-21",
            // 2025
            "good-friday, 2025-04-18", "easter-monday, 2025-04-21", "ascension-day, 2025-05-29",
            "whit-sunday, 2025-06-08", "midsummer-day, 2025-06-21", "all-saints-day, 2025-11-01",
            // 2026
            "new-years-day, 2026-01-01", "epiphany, 2026-01-06", "good-friday, 2026-04-03",
            "easter-monday, 2026-04-06", "may-day, 2026-05-01", "ascension-day, 2026-05-14",
            "whit-sunday, 2026-05-24", "national-day, 2026-06-06", "midsummer-eve, 2026-06-19",
            "midsummer-day, 2026-06-20", "all-saints-day, 2026-10-31", "christmas-eve, 2026-12-24",
            "christmas-day, 2026-12-25", "boxing-day, 2026-12-26", "new-years-eve, 2026-12-31",
            // 2027
            "good-friday, 2027-03-26", "easter-monday, 2027-03-29", "ascension-day, 2027-05-06",
            "whit-sunday, 2027-05-16", "midsummer-day, 2027-06-26", "all-saints-day, 2027-11-06",
            // 2028
            "good-friday, 2028-04-14", "easter-monday, 2028-04-17", "ascension-day, 2028-05-25",
            "whit-sunday, 2028-06-04", "midsummer-eve, 2028-06-23", "midsummer-day, 2028-06-24",
            "all-saints-day, 2028-11-04",
            // 2029
            "good-friday, 2029-03-30", "easter-monday, 2029-04-02", "ascension-day, 2029-05-10",
            "whit-sunday, 2029-05-20", "midsummer-eve, 2029-06-22", "midsummer-day, 2029-06-23",
            "all-saints-day, 2029-11-03",
            // 2030
            "good-friday, 2030-04-19", "easter-monday, 2030-04-22", "ascension-day, 2030-05-30",
            "whit-sunday, 2030-06-09", "midsummer-day, 2030-06-22", "all-saints-day, 2030-11-02"})
    void placesEachHolidayOnItsPublishedDate(String id, LocalDate date) {
        assertEquals(id, id(date));
    }

    @Test
    void listsSixteenDaysAYearInDateOrder() {
        for (int year = 2024; year <= 2030; year++) {
            List<Holiday> days = calendar.holidays(year);
            assertEquals(16, days.size(), "in " + year);
            for (int i = 1; i < days.size(); i++) {
                assertTrue(days.get(i - 1).date().isBefore(days.get(i).date()));
            }
        }
    }

    @Test
    void marksOnlyTheThreeClosedEvesAsEves() {
        List<String> eves = calendar.holidays(2026).stream().filter(Holiday::eve).map(Holiday::id).toList();
        assertEquals(List.of("midsummer-eve", "christmas-eve", "new-years-eve"), eves);
    }

    @Test
    void namesHolidaysInSwedishAndEnglish() {
        Holiday eve = calendar.holiday(LocalDate.of(2026, 6, 19)).orElseThrow();
        assertEquals("Midsommarafton", eve.name("sv"));
        assertEquals("Midsummer Eve", eve.name("en"));
        assertEquals("Midsommarafton", eve.name("de"), "an unknown language falls back to Swedish");
        assertEquals("Kristi himmelsfärdsdag", calendar.holiday(LocalDate.of(2026, 5, 14)).orElseThrow().name("sv"));
        assertEquals("Alla helgons dag", calendar.holiday(LocalDate.of(2026, 10, 31)).orElseThrow().name("sv"));
        assertEquals("Sveriges nationaldag", calendar.holiday(LocalDate.of(2026, 6, 6)).orElseThrow().name("sv"));
    }

    @Test
    void hasNoHolidayOnOrdinaryDaysOrOnEvesThatAreWorkdays() {
        assertEquals(Optional.empty(), calendar.holiday(LocalDate.of(2026, 6, 22)));
        assertEquals(Optional.empty(), calendar.holiday(LocalDate.of(2026, 4, 2)), "Maundy Thursday is a workday");
        assertEquals(Optional.empty(), calendar.holiday(LocalDate.of(2026, 4, 30)), "Walpurgis Eve is a workday");
        assertEquals(Optional.empty(), calendar.holiday(LocalDate.of(2026, 5, 25)), "Whit Monday is no longer a holiday");
    }

    @Test
    void namesADateWithTwoHolidaysAfterTheOneTheLawListsFirst() {
        // 2008: Ascension Day fell on 1 May
        assertEquals(LocalDate.of(2008, 3, 23), SwedishHolidays.easterSunday(2008));
        assertEquals("ascension-day", id(LocalDate.of(2008, 5, 1)));
        assertEquals(15, calendar.holidays(2008).size());
    }

    @Test
    void givesTheSameAnswerFromEveryThread() throws InterruptedException {
        SwedishHolidays shared = new SwedishHolidays();
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> seen.add(shared.holiday(LocalDate.of(2031, 6, 20)).orElseThrow().id()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(8, seen.size());
        assertTrue(seen.stream().allMatch("midsummer-eve"::equals));
    }

    @Test
    void choosesTheCalendarBySiteCode() {
        assertTrue(HolidayCalendar.of("SE") instanceof SwedishHolidays);
        assertTrue(HolidayCalendar.of("se") instanceof SwedishHolidays);
        assertSame(HolidayCalendar.NONE, HolidayCalendar.of("NO"));
        assertSame(HolidayCalendar.NONE, HolidayCalendar.of(null));
        assertFalse(HolidayCalendar.NONE.holiday(LocalDate.of(2026, 12, 24)).isPresent());
    }

    private String id(LocalDate date) {
        return calendar.holiday(date).map(Holiday::id).orElse("none");
    }
}
