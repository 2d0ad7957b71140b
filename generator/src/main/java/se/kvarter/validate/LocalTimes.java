package se.kvarter.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import se.kvarter.content.YamlNode;
import se.kvarter.model.TimeRange;
import se.kvarter.source.Problems;

/**
 * Reports local times that do not exist in the site's time zone: 02:30 on the night the clocks
 * go forward. Such a time would silently move an hour in every calendar. A time that exists twice
 * (the night the clocks go back) is fine: it means the first one, as {@link LocalDateTime#atZone}
 * takes it.
 */
final class LocalTimes {

    /** No exception range is checked further than this many days: a year has one such night. */
    private static final int MAX_DAYS = 800;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Problems problems;
    private final ZoneId zone;

    LocalTimes(Problems problems, ZoneId zone) {
        this.problems = problems;
        this.zone = zone;
    }

    /** Whether {@code local} exists in the zone; reported at {@code value} when it does not. */
    boolean exists(YamlNode.Scalar value, String label, LocalDateTime local) {
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        if (gap == null || !gap.isGap()) {
            return true;
        }
        problems.add(value.at(), "value.nonexistent-time", label, local.toLocalDate().toString(),
                CLOCK.format(local), CLOCK.format(gap.getDateTimeBefore()), CLOCK.format(gap.getDateTimeAfter()));
        return false;
    }

    /**
     * Checks that the start, and an end on the same day, of {@code range} exist on every date from
     * {@code from} to {@code to}; reports the first date on which one does not.
     */
    void checkExists(YamlNode.Scalar value, String label, TimeRange range, LocalDate from, LocalDate to) {
        LocalDate last = to.isAfter(from.plusDays(MAX_DAYS)) ? from.plusDays(MAX_DAYS) : to;
        for (LocalDate date = from; !date.isAfter(last); date = date.plusDays(1)) {
            if (!exists(value, label, date.atStartOfDay().plusMinutes(range.start()))) {
                return;
            }
            if (!range.crossesMidnight() && range.end() != 0
                    && !exists(value, label, date.atStartOfDay().plusMinutes(range.end()))) {
                return;
            }
        }
    }
}
