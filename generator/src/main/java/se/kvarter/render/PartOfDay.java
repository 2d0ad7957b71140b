package se.kvarter.render;

import java.time.LocalTime;

/**
 * The parts of a day that the places list's "choose a time" filter offers, with their hours: the
 * one place that says what "morning" means (the filter's labels and the windows its script
 * compares the cards' hours with are both made from it).
 */
enum PartOfDay {
    MORNING("morning", 6, 12),
    AFTERNOON("afternoon", 12, 17),
    EVENING("evening", 17, 23);

    private final String code;
    private final LocalTime from;
    private final LocalTime to;

    PartOfDay(String code, int fromHour, int toHour) {
        this.code = code;
        this.from = LocalTime.of(fromHour, 0);
        this.to = LocalTime.of(toHour, 0);
    }

    /** Its value in the address ({@code ?part=morning}) and its key in the texts. */
    String code() {
        return code;
    }

    LocalTime from() {
        return from;
    }

    LocalTime to() {
        return to;
    }
}
