package se.kvarter.render;

import java.util.List;

/**
 * A place's hours as the place page and the poster show them.
 *
 * @param caption  the caption of the table of the coming days ("De närmaste sju dagarna")
 * @param regular  the regular hours in words, one line a rule ("Måndag 13:00–17:00"), seasons with their period
 * @param week     the next seven days, today first
 * @param nextOpen when the place opens next, said when it is closed today; null when open today,
 *                 when nothing is known until then, or when it opens on no day within the availability
 * @param changes  the coming days that differ from the regular hours, in words, at least six months ahead
 * @param notes    the free-text notes of the rules
 */
public record HoursView(String caption, List<String> regular, List<Day> week, Phrase nextOpen, List<Phrase> changes,
                        List<String> notes, boolean empty) {

    /**
     * One day of the table of the coming days.
     *
     * @param day    the weekday and date in words, "(i dag)" added for today
     * @param hours  the opening times, or the word for closed
     * @param reason why the day differs, or null
     * @param reasonLang the reason's language when it is not the page's, else null
     */
    public record Day(String day, String iso, boolean today, List<String> hours, String reason, String reasonLang) {
    }
}
