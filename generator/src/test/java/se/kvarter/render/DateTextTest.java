package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates in words per language: names in the language, the digits 0–9 in all of them. */
class DateTextTest {

    private static final LocalDate MIDSUMMER_EVE = LocalDate.of(2026, 6, 19);

    @Test
    void swedishAndEnglishWriteTheWeekdayWithoutAComma() {
        assertEquals("fredag 19 juni 2026", new DateText("sv", ", ").date(MIDSUMMER_EVE));
        assertEquals("Friday 19 June 2026", new DateText("en", ", ").date(MIDSUMMER_EVE));
    }

    @Test
    void arabicHasArabicNamesTheArabicCommaAndTheDigitsZeroToNine() {
        DateText arabic = new DateText("ar", "، ");
        assertEquals("الجمعة، 19 يونيو 2026", arabic.date(MIDSUMMER_EVE));
        assertEquals("الجمعة، 19 يونيو", arabic.weekdayDayMonth(MIDSUMMER_EVE));
        assertEquals("الاثنين", arabic.weekday(DayOfWeek.MONDAY));
        assertEquals("الجمعة، 19 يونيو 2026، 13:05", arabic.dateTime(LocalDateTime.of(2026, 6, 19, 13, 5)));
        assertEquals("الاثنين، الخميس", arabic.list(List.of("الاثنين", "الخميس")));
        // what Java's Arabic locale would otherwise give numbers formatted with it: ١٫٥
        assertEquals("1.5 MB", String.format(arabic.locale(), "%.1f MB", 1.5));
    }

    @Test
    void itemsThatAllHoldAreJoinedWithTheLanguagesAnd() {
        DateText swedish = new DateText("sv", ", ", "{items} och {last}");
        assertEquals("första och tredje", swedish.and(List.of("första", "tredje")));
        assertEquals("måndag, onsdag och fredag", swedish.and(List.of("måndag", "onsdag", "fredag")));
        assertEquals("sista", swedish.and(List.of("sista")));
        assertEquals("first and third", new DateText("en", ", ", "{items} and {last}").and(List.of("first", "third")));
        // the Arabic "and" is written onto the word it joins
        DateText arabic = new DateText("ar", "، ", "{items} و{last}");
        assertEquals("الأول، الثاني والثالث", arabic.and(List.of("الأول", "الثاني", "الثالث")));
        // templates made before the word existed keep the comma
        assertEquals("första, tredje", new DateText("sv", ", ").and(List.of("första", "tredje")));
    }
}
