package se.kvarter.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import se.kvarter.model.TimeRange;

/** Dates and times written for people in one language ({@code fredag 19 juni 2026}, {@code 13:00}). */
public final class DateText {

    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter weekdayDayMonth;

    public DateText(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
        this.weekdayDayMonth = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** {@code fredag 19 juni 2026} */
    public String date(LocalDate date) {
        return longDate.format(date);
    }

    /** {@code 19 juni} */
    public String dayMonth(LocalDate date) {
        return dayMonth.format(date);
    }

    /** {@code fredag 19 juni} */
    public String weekdayDayMonth(LocalDate date) {
        return weekdayDayMonth.format(date);
    }

    /** {@code måndag} */
    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** {@code 13:00} */
    public String time(int minutes) {
        return TimeRange.format(minutes);
    }

    /** {@code 13:00–17:00} */
    public String range(TimeRange range) {
        return range.opens() + "–" + range.closes();
    }

    /** {@code fredag 19 juni 2026, 13:00} */
    public String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + ", " + time(dateTime.getHour() * 60 + dateTime.getMinute());
    }

    /** The ISO form for {@code <time datetime>}. */
    public static String iso(LocalDate date) {
        return date.toString();
    }
}
