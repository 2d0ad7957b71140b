package se.kvarter.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.kvarter.model.HoursRule;
import se.kvarter.model.TimeRange;

/** What a place's weekly rules, seasons included, give on one date, before exceptions and holidays. */
final class WeeklyRules {

    /** Start time first; a shorter range before a longer one; everyone before an audience. */
    static final Comparator<Opening> ORDER = Comparator
            .comparingInt((Opening opening) -> opening.time().start())
            .thenComparingInt(opening -> opening.time().start() + opening.time().minutes())
            .thenComparing(Opening::audience, Comparator.nullsFirst(Comparator.naturalOrder()));

    private WeeklyRules() {
    }

    /**
     * The openings of {@code date}: the rules with a season covering the date when any of them
     * names its weekday (summer hours replace the normal ones for those weekdays), else the
     * rules without a season. A rule that holds only some weeks or some weekdays of the month
     * ({@link HoursRule#holdsOn}) gives openings on those dates only; its season still replaces the
     * normal hours on its weekdays in the other weeks (summer: every other Wednesday, else closed).
     */
    static List<Opening> openings(List<HoursRule> rules, LocalDate date) {
        // loops rather than streams: every place's year of days is resolved in every build
        DayOfWeek weekday = date.getDayOfWeek();
        boolean seasonal = false;
        for (HoursRule rule : rules) {
            if (inSeason(rule, date) && rule.days().contains(weekday)) {
                seasonal = true;
                break;
            }
        }
        List<Opening> openings = null;
        for (HoursRule rule : rules) {
            boolean applies = seasonal ? inSeason(rule, date) : rule.season() == null;
            if (applies && rule.days().contains(weekday) && rule.holdsOn(date)) {
                for (TimeRange time : rule.times()) {
                    if (openings == null) {
                        openings = new ArrayList<>();
                    }
                    openings.add(new Opening(time, rule.audience(), rule.note()));
                }
            }
        }
        if (openings == null) {
            return List.of();
        }
        if (openings.size() > 1) {
            openings.sort(ORDER);
        }
        return openings;
    }

    private static boolean inSeason(HoursRule rule, LocalDate date) {
        return rule.season() != null && rule.season().covers(date);
    }
}
