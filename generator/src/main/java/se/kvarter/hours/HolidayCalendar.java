package se.kvarter.hours;

import java.time.LocalDate;
import java.util.Optional;

/** The days a place with {@code holidays: closed} is closed on. */
public interface HolidayCalendar {

    /** The holiday or closed eve on {@code date}, if any. */
    Optional<Holiday> holiday(LocalDate date);

    /** A calendar without holidays. */
    HolidayCalendar NONE = date -> Optional.empty();

    /**
     * The calendar that {@code site.yaml} names with {@code holidays}: {@link SwedishHolidays} for
     * {@code SE} (in any case), {@link #NONE} for anything else, null included.
     */
    static HolidayCalendar of(String code) {
        return "SE".equalsIgnoreCase(code == null ? null : code.strip()) ? new SwedishHolidays() : NONE;
    }
}
