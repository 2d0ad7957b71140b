package se.kvarter.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.kvarter.model.TimeRange;

/**
 * Dates and times written for people in one language ({@code fredag 19 juni 2026}, {@code 13:00}),
 * with month and weekday names in that language.
 *
 * <p>Digits are 0–9 in every language, Arabic included (not the Arabic-Indic ٠–٩ that Java's
 * Arabic locale would give numbers): readers of the Arabic pages live in Sweden, where addresses,
 * phone numbers, bus times and the Swedish text shown where a page is not translated all use
 * 0–9, so the times in an opening-hours table match the sign on the door; one page never mixes
 * the two kinds of digit.
 */
public final class DateText {

    /** Languages that put their comma after the weekday: "الجمعة، 19 يونيو 2026". */
    private static final Set<String> COMMA_AFTER_WEEKDAY = Set.of("ar", "fa", "ur");

    private final Locale locale;
    private final String comma;
    /** How the language joins the last item of a list to the others ({@code "{items} och {last}"}), or null. */
    private final String and;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter weekdayDayMonth;

    /** @param comma what separates a date from its time and the items of a list, space included */
    public DateText(String language, String comma) {
        this(language, comma, null);
    }

    /**
     * @param comma what separates a date from its time and the items of a list, space included
     * @param and   how the language joins the last item to the others, {@code {items}} and
     *              {@code {last}} marking them ("{items} och {last}", Arabic "{items} و{last}"),
     *              or null to join every item with the comma
     */
    public DateText(String language, String comma, String and) {
        this.and = and;
        this.locale = new Locale.Builder().setLanguageTag(language).setUnicodeLocaleKeyword("nu", "latn").build();
        this.comma = comma;
        String weekday = COMMA_AFTER_WEEKDAY.contains(language) ? "EEEE'" + comma.stripTrailing() + "' " : "EEEE ";
        this.longDate = DateTimeFormatter.ofPattern(weekday + "d MMMM yyyy", locale).withDecimalStyle(DecimalStyle.STANDARD);
        this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale).withDecimalStyle(DecimalStyle.STANDARD);
        this.weekdayDayMonth = DateTimeFormatter.ofPattern(weekday + "d MMMM", locale).withDecimalStyle(DecimalStyle.STANDARD);
    }

    /** The language's locale, asking for the digits 0–9 where the language has others. */
    /** {@code text} with its first letter in upper case, as this language writes it. */
    public String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
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

    /**
     * {@code 13:00–17:00}. Right to left the bidi rules put 13:00 on the right, where an Arabic
     * reader starts: no marks are needed to keep the order.
     */
    public String range(TimeRange range) {
        return range.opens() + "–" + range.closes();
    }

    /** {@code fredag 19 juni 2026, 13:00} */
    public String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + comma + time(dateTime.getHour() * 60 + dateTime.getMinute());
    }

    /** {@code fredag 19 juni 2026, 13:00–17:00} */
    public String dateAndRange(LocalDate date, String range) {
        return date(date) + comma + range;
    }

    /**
     * {@code första och tredje}, {@code måndag, onsdag och fredag}: items that all hold, the
     * last joined with the language's "and"; with the comma only when the templates have no such word.
     */
    public String and(List<String> items) {
        if (items.size() < 2 || and == null) {
            return list(items);
        }
        return and.replace("{items}", list(items.subList(0, items.size() - 1))).replace("{last}", items.get(items.size() - 1));
    }

    /** {@code 09:00–12:00, 13:00–16:00}: items of a list, with the language's comma */
    public String list(List<String> items) {
        return String.join(comma, items);
    }

    /** The ISO form for {@code <time datetime>}. */
    public static String iso(LocalDate date) {
        return date.toString();
    }
}
