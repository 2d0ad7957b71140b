package se.kvarter.render;

import java.util.List;

/**
 * A place's hours as the place page shows them.
 *
 * @param caption the table's caption ("Öppettider vecka 48")
 * @param week    one row per day, Monday first
 * @param changes upcoming days that differ from the usual hours, in words
 * @param notes   notes of the rules (seasons, audiences, free text)
 */
public record HoursView(String caption, List<Day> week, List<Phrase> changes, List<String> notes, boolean empty) {

    /**
     * One day of the week table.
     *
     * @param day    the weekday and date in words, "(idag)" added for today
     * @param hours  the opening times, or the word for closed
     * @param reason why the day differs, or null
     * @param reasonLang the reason's language when it is not the page's, else null
     */
    public record Day(String day, String iso, boolean today, List<String> hours, String reason, String reasonLang) {
    }
}
