package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;
import se.kvarter.feeds.calendar.CalendarFiles;
import se.kvarter.model.Repeat;
import se.kvarter.model.RepeatUnit;

/** The RRULE values: what events.json says is what ical4j writes into the .ics files. */
class CalendarRulesTest {

    @Test
    void everyRuleReadsBackFromIcal4jAsTheSameText() {
        List<String> rules = List.of(
                CalendarRules.of(new Repeat(1, RepeatUnit.WEEKS, 4, null), CalendarFiles.STOCKHOLM),
                CalendarRules.of(new Repeat(2, RepeatUnit.WEEKS, 7, null), CalendarFiles.STOCKHOLM),
                CalendarRules.of(new Repeat(3, RepeatUnit.DAYS, null, LocalDate.of(2027, 1, 31)), CalendarFiles.STOCKHOLM),
                CalendarRules.of(new Repeat(1, RepeatUnit.MONTHS, null, LocalDate.of(2027, 6, 30)), CalendarFiles.STOCKHOLM),
                CalendarRules.weekly(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null, CalendarFiles.STOCKHOLM),
                CalendarRules.weekly(List.of(DayOfWeek.SATURDAY), LocalDate.of(2027, 8, 15), CalendarFiles.STOCKHOLM),
                CalendarRules.daily(3));
        for (String rule : rules) {
            assertEquals(rule, new Recur<>(rule).toString());
        }
        assertEquals("FREQ=WEEKLY;COUNT=7;INTERVAL=2", rules.get(1));
        assertEquals("FREQ=DAILY;UNTIL=20270131T225959Z;INTERVAL=3", rules.get(2));
        assertEquals("FREQ=WEEKLY;BYDAY=MO,TH", rules.get(4));
    }

    @Test
    void untilIsTheLastSecondOfTheLastDayInTheSiteZoneWrittenInUtc() {
        assertEquals("20270630T215959Z", CalendarRules.until(LocalDate.of(2027, 6, 30), CalendarFiles.STOCKHOLM));
        assertEquals("20270115T225959Z", CalendarRules.until(LocalDate.of(2027, 1, 15), CalendarFiles.STOCKHOLM));
    }
}
