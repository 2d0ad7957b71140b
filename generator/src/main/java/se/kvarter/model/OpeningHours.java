package se.kvarter.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A place's opening hours as written: weekly rules (some limited to a season), exceptions on
 * dates, and whether public holidays close the place. The {@code hours} package evaluates them.
 */
public record OpeningHours(List<HoursRule> rules, List<HoursException> exceptions, HolidayPolicy holidays) {

    public static final OpeningHours NONE = new OpeningHours(List.of(), List.of(), HolidayPolicy.CLOSED);

    public OpeningHours {
        rules = List.copyOf(rules);
        exceptions = List.copyOf(exceptions);
    }

    public boolean isEmpty() {
        return rules.isEmpty() && exceptions.isEmpty();
    }

    /**
     * These hours with every date closed for {@code reason}: what a place whose status is not
     * open keeps to, whatever its rules say (the rules stay, for when it opens again).
     */
    public OpeningHours closedThroughout(String reason) {
        List<HoursException> closed = new ArrayList<>();
        closed.add(new HoursException(LocalDate.MIN, LocalDate.MAX, true, List.of(), reason, null));
        closed.addAll(exceptions);
        return new OpeningHours(rules, closed, holidays);
    }
}
