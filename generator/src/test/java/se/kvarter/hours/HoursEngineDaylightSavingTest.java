package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.kvarter.hours.Fixtures.hours;
import static se.kvarter.hours.Fixtures.rule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.kvarter.model.OpeningHours;

/**
 * Europe/Stockholm changes clocks on 2026-03-29 (02:00 CET becomes 03:00 CEST) and on
 * 2026-10-25 (03:00 CEST becomes 02:00 CET). Instants are written in UTC so that each one is
 * unambiguous.
 */
class HoursEngineDaylightSavingTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final HoursEngine engine = new HoursEngine(HolidayCalendar.NONE);

    @Test
    void opensTwoRealHoursFromOneToFourOnTheSpringNight() {
        OpeningHours hours = hours(rule("su", "01:00-04:00"));

        ZonedDateTime opens = engine.nextOpening(hours, utc("2026-03-28T12:00:00Z")).orElseThrow();
        ZonedDateTime closes = engine.nextClosing(hours, opens).orElseThrow();

        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), opens.toInstant(), "01:00 CET");
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), closes.toInstant(), "04:00 CEST");
        assertEquals("2026-03-29T04:00+02:00", closes.toOffsetDateTime().toString());
        assertEquals(Duration.ofHours(2), Duration.between(opens, closes));
        assertTrue(engine.isOpen(hours, utc("2026-03-29T00:59:59Z")), "01:59 CET");
        assertTrue(engine.isOpen(hours, utc("2026-03-29T01:00:00Z")), "03:00 CEST");
        assertTrue(engine.isOpen(hours, utc("2026-03-29T01:59:59Z")), "03:59 CEST");
        assertFalse(engine.isOpen(hours, utc("2026-03-29T02:00:00Z")), "04:00 CEST");
    }

    @Test
    void closesWhenTheClockSkipsTwoOnTheSpringNight() {
        OpeningHours hours = hours(rule("sa", "22:00-02:00"));

        ZonedDateTime opens = engine.nextOpening(hours, utc("2026-03-28T12:00:00Z")).orElseThrow();
        ZonedDateTime closes = engine.nextClosing(hours, utc("2026-03-28T22:00:00Z")).orElseThrow();

        assertEquals(Instant.parse("2026-03-28T21:00:00Z"), opens.toInstant(), "22:00 CET");
        assertEquals(Instant.parse("2026-03-29T01:00:00Z"), closes.toInstant(), "02:00 CET does not exist: 03:00 CEST");
        assertTrue(engine.isOpen(hours, utc("2026-03-29T00:59:59Z")), "01:59:59 CET");
        assertFalse(engine.isOpen(hours, utc("2026-03-29T01:00:00Z")), "03:00 CEST");
        assertEquals(Instant.parse("2026-04-04T20:00:00Z"), engine.nextOpening(hours, closes).orElseThrow().toInstant(),
                "the next Saturday at 22:00 CEST");
    }

    @Test
    void opensFourRealHoursFromOneToFourOnTheAutumnNight() {
        OpeningHours hours = hours(rule("su", "01:00-04:00"));

        ZonedDateTime opens = engine.nextOpening(hours, utc("2026-10-24T12:00:00Z")).orElseThrow();
        ZonedDateTime closes = engine.nextClosing(hours, opens).orElseThrow();

        assertEquals(Instant.parse("2026-10-24T23:00:00Z"), opens.toInstant(), "01:00 CEST");
        assertEquals(Instant.parse("2026-10-25T03:00:00Z"), closes.toInstant(), "04:00 CET");
        assertEquals(Duration.ofHours(4), Duration.between(opens, closes));
        assertTrue(engine.isOpen(hours, utc("2026-10-25T00:30:00Z")), "the first 02:30, CEST");
        assertTrue(engine.isOpen(hours, utc("2026-10-25T01:30:00Z")), "the second 02:30, CET");
        assertFalse(engine.isOpen(hours, utc("2026-10-25T03:00:00Z")), "04:00 CET");
        assertFalse(engine.isOpen(hours, utc("2026-10-24T22:59:59Z")), "00:59:59 CEST");
    }

    @Test
    void closesAtTheFirstTwoOClockOnTheAutumnNight() {
        OpeningHours hours = hours(rule("sa", "22:00-02:00"));

        ZonedDateTime opens = engine.nextOpening(hours, utc("2026-10-24T12:00:00Z")).orElseThrow();
        ZonedDateTime closes = engine.nextClosing(hours, utc("2026-10-24T21:00:00Z")).orElseThrow();

        assertEquals(Instant.parse("2026-10-24T20:00:00Z"), opens.toInstant(), "22:00 CEST");
        assertEquals(Instant.parse("2026-10-25T00:00:00Z"), closes.toInstant(), "02:00 CEST, the earlier of the two");
        assertEquals("2026-10-25T02:00+02:00", closes.toOffsetDateTime().toString());
        assertTrue(engine.isOpen(hours, utc("2026-10-24T23:59:59Z")), "01:59:59 CEST");
        assertFalse(engine.isOpen(hours, utc("2026-10-25T00:00:00Z")), "02:00 CEST");
        assertFalse(engine.isOpen(hours, utc("2026-10-25T01:30:00Z")), "02:30 CET");
        assertEquals(Instant.parse("2026-10-31T21:00:00Z"), engine.nextOpening(hours, closes).orElseThrow().toInstant(),
                "the next Saturday at 22:00 CET");
    }

    @Test
    void keepsLocalOpeningTimesTheSameOnBothSidesOfAChange() {
        OpeningHours hours = hours(rule("mo-su", "09:00-17:00"));

        assertEquals("2026-03-28T09:00+01:00[Europe/Stockholm]",
                engine.nextOpening(hours, utc("2026-03-28T00:00:00Z")).orElseThrow().toString());
        assertEquals("2026-03-29T09:00+02:00[Europe/Stockholm]",
                engine.nextOpening(hours, utc("2026-03-28T12:00:00Z")).orElseThrow().toString());
        assertEquals("2026-10-25T17:00+01:00[Europe/Stockholm]",
                engine.nextClosing(hours, utc("2026-10-25T08:00:00Z")).orElseThrow().toString());
    }

    private static ZonedDateTime utc(String instant) {
        return Instant.parse(instant).atZone(STOCKHOLM);
    }
}
