package se.kvarter.model;

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
}
