package se.kvarter.render;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvarter.hours.Availability;
import se.kvarter.hours.DaySchedule;
import se.kvarter.hours.Opening;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Season;

/** A place's opening hours in words: today's line for cards; regular hours, coming days and changes for its page and poster. */
final class HoursText {

    /**
     * The week of a place that is not open: every day closed, for {@code status} ("Tillfälligt
     * stängt", or none for a place closed for good, whose notice says it), and no changes or
     * notes of rules that do not apply while it is closed.
     */
    HoursView closedView(Availability availability) {
        HoursView week = view(availability, null);
        return new HoursView(week.caption(), List.of(), week.week(), null, List.of(), List.of(), !availability.hasHours());
    }

    /**
     * How far ahead the place page and the poster list changed days: six months and a little, so
     * that a closure at Easter or in the summer shows as soon as it is written.
     */
    static final int CHANGES_DAYS = 190;

    /** How many days the table of the coming days has, today first. */
    static final int WEEK_DAYS = 7;

    private final EditionContext edition;

    HoursText(EditionContext edition) {
        this.edition = edition;
    }

    /**
     * "Öppet idag 13:00–17:00", "Stängt idag (midsommarafton)" or null when the place has no hours.
     * {@code reasonLang} is the language of the place's exception reasons when it is not the page's.
     */
    Phrase today(Availability availability, String reasonLang) {
        if (!availability.hasHours()) {
            return null;
        }
        DaySchedule day = availability.todays();
        UiText t = edition.text();
        if (day.isUnknown()) {
            String reason = reason(day);
            return reason == null ? Phrase.of(t.get("hours.unknownToday"))
                    : Phrase.around(t.format("hours.unknownTodayBecause", Map.of("reason", Phrase.REASON)), reason,
                    reasonLang(day, reasonLang));
        }
        if (day.isClosed()) {
            String reason = reason(day);
            return reason == null ? Phrase.of(t.get("hours.closedToday"))
                    : Phrase.around(t.format("hours.closedTodayBecause", Map.of("reason", Phrase.REASON)), reason,
                    reasonLang(day, reasonLang));
        }
        return Phrase.of(t.format("hours.openToday", Map.of("hours", edition.dates().list(openings(day)))));
    }

    /** The regular hours, the coming days, changes and notes; {@code reasonLang} as for {@link #today}. */
    HoursView view(Availability availability, String reasonLang) {
        OpeningHours hours = availability.hours();
        UiText t = edition.text();
        LocalDate today = edition.now().date();
        List<HoursView.Day> week = new ArrayList<>();
        // the next seven days from today, never the calendar week: on a Sunday the table still looks ahead
        for (DaySchedule day : availability.days(today, WEEK_DAYS)) {
            boolean isToday = day.date().equals(today);
            String name = edition.dates().capitalized(edition.dates().weekdayDayMonth(day.date()));
            week.add(new HoursView.Day(isToday ? t.format("hours.todayMarker", Map.of("day", name)) : name,
                    day.date().toString(), isToday,
                    day.isUnknown() ? List.of(t.get("hours.unknown"))
                            : day.isClosed() ? List.of(t.get("hours.closed")) : openings(day),
                    reason(day), reasonLang(day, reasonLang)));
        }
        return new HoursView(t.get("hours.caption"), regular(hours), week, nextOpen(availability, today),
                changes(availability, today, reasonLang), notes(hours), hours.isEmpty());
    }

    /**
     * "Öppnar igen tisdag 8 december 13:00–17:00" when the place is known to be closed today: the
     * first later day the availability says it is open. Nothing when a day before it is unknown
     * (it might open then) or when no open day is known.
     */
    private Phrase nextOpen(Availability availability, LocalDate today) {
        if (!availability.hasHours() || !availability.day(today).isClosed()) {
            return null;
        }
        LocalDate last = availability.knownUntil();
        for (LocalDate date = today.plusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            DaySchedule day = availability.day(date);
            if (day.isUnknown()) {
                return null;
            }
            if (day.isOpen()) {
                String when = date.equals(today.plusDays(1)) ? edition.text().get("hours.tomorrow")
                        : edition.dates().weekdayDayMonth(date);
                return Phrase.of(edition.text().format("hours.opensNext",
                        Map.of("day", when, "hours", edition.dates().list(openings(day)))));
            }
        }
        return null;
    }

    /**
     * The regular hours in words, one line a rule: "Måndag 13:00–17:00", "Lördag 10:00–14:00 för
     * barnfamiljer", a season with its period ("1 juni–31 augusti: måndag–fredag 10:00–15:00").
     */
    List<String> regular(OpeningHours hours) {
        DateText dates = edition.dates();
        List<String> lines = new ArrayList<>();
        for (HoursRule rule : hours.rules()) {
            String times = dates.list(rule.times().stream().map(dates::range).toList());
            if (rule.audience() != null) {
                times = t("hours.forAudience", times, edition.text().get("audience." + rule.audience().code()));
            }
            String pattern = pattern(rule);
            if (rule.season() instanceof Season.Dates range && range.openEnded()) {
                // new hours from a date on: "Från och med 11 januari 2027: måndag–fredag 09:00–16:00"
                lines.add(edition.text().format("hours.seasonFrom", Map.of("date", dates.date(range.from()),
                        "days", days(rule), "hours", times)));
            } else if (rule.season() != null && pattern != null) {
                lines.add(period(rule.season()) + ": " + pattern);
            } else if (rule.season() != null) {
                lines.add(edition.text().format("hours.season", Map.of("period", period(rule.season()),
                        "days", days(rule), "hours", times)));
            } else {
                // every other week, some weekdays of the month, from a date: the rule behind the dates
                lines.add(dates.capitalized(pattern == null ? days(rule) + " " + times : pattern));
            }
        }
        return lines;
    }

    /**
     * The days of the coming weeks that differ from the usual hours, in words. A closure over
     * several days is one line with its whole period ("Stängt 21 december–6 januari (Juluppehåll)").
     */
    private List<Phrase> changes(Availability availability, LocalDate today, String reasonLang) {
        UiText t = edition.text();
        DateText dates = edition.dates();
        List<Phrase> changes = new ArrayList<>();
        HoursException previous = null;
        for (DaySchedule day : availability.days(today, CHANGES_DAYS)) {
            String reason = reason(day);
            // a holiday on a day the place is closed anyway is named in the week table, but changes nothing
            // a holiday nobody has decided on (holidays: unknown) differs too, on a weekday the
            // rules open: the visitor must ask
            boolean differs = day.differsFromRules() || (day.isUnknown() && day.holiday() != null
                    && availability.hours().rules().stream().anyMatch(rule -> rule.days().contains(day.date().getDayOfWeek())));
            if (reason == null || !differs || (day.exception() != null && day.exception() == previous)) {
                continue;
            }
            previous = day.exception();
            String when = previous != null && !previous.from().equals(previous.to())
                    ? dates.dayMonth(previous.from()) + "–" + dates.dayMonth(previous.to())
                    : dates.weekdayDayMonth(day.date());
            String sentence = day.isUnknown()
                    ? t.format("hours.unknownOn", Map.of("day", when, "reason", Phrase.REASON))
                    : day.isClosed()
                    ? t.format("hours.closedOn", Map.of("day", when, "reason", Phrase.REASON))
                    : t.format("hours.changedOn", Map.of("day", when, "hours", dates.list(openings(day)),
                    "reason", Phrase.REASON));
            changes.add(Phrase.around(sentence, reason, reasonLang(day, reasonLang)));
        }
        return changes;
    }

    /** "13:00–17:00", with the audience when the opening is not for everyone. */
    List<String> openings(DaySchedule day) {
        List<String> texts = new ArrayList<>();
        for (Opening opening : day.openings()) {
            String range = edition.dates().range(opening.time());
            texts.add(opening.audience() == null ? range
                    : t("hours.forAudience", range, edition.text().get("audience." + opening.audience().code())));
        }
        return texts;
    }

    private List<String> notes(OpeningHours hours) {
        List<String> notes = new ArrayList<>();
        for (HoursRule rule : hours.rules()) {
            if (rule.note() != null) {
                notes.add(edition.dates().capitalized(days(rule)) + ": " + rule.note());
            }
        }
        return notes;
    }

    /**
     * A rule that holds only some weeks, some weekdays of the month or from a date, in words
     * ("onsdag 13:00–15:00, varannan vecka från och med 2 september 2026", "första och
     * tredje lördag i månaden: 10:00–14:00"); null for a rule of every week. The week table shows its
     * dates; this says the rule behind them.
     */
    private String pattern(HoursRule rule) {
        if (!rule.patterned() && rule.from() == null) {
            return null;
        }
        String hours = edition.dates().list(rule.times().stream().map(edition.dates()::range).toList());
        if (rule.audience() != null) {
            hours = t("hours.forAudience", hours, edition.text().get("audience." + rule.audience().code()));
        }
        if (!rule.nth().isEmpty()) {
            List<String> first = List.of(edition.text().get("hours.ordinals").split(","));
            List<String> last = List.of(edition.text().get("hours.ordinalsFromEnd").split(","));
            List<String> ordinals = rule.nth().stream().map(n -> n > 0 ? first.get(n - 1) : last.get(-n - 1)).toList();
            return edition.text().format("hours.nthOfMonth", Map.of("days", days(rule),
                    "ordinals", edition.dates().and(ordinals), "hours", hours));
        }
        String date = edition.dates().date(rule.from());
        if (rule.every() > 1) {
            return edition.text().format(rule.every() == 2 ? "hours.everyOtherWeek" : "hours.everyWeeks",
                    Map.of("days", days(rule), "hours", hours, "date", date, "every", String.valueOf(rule.every())));
        }
        return edition.text().format("hours.ruleFrom", Map.of("days", days(rule), "hours", hours, "date", date));
    }

    /** The rule's weekdays, runs of three or more as a range: "måndag–fredag och söndag". */
    private String days(HoursRule rule) {
        List<String> parts = new ArrayList<>();
        List<DayOfWeek> days = rule.days();
        for (int i = 0; i < days.size(); ) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
                j++;
            }
            DateText dates = edition.dates();
            if (j - i >= 2) {
                parts.add(dates.weekday(days.get(i)) + "–" + dates.weekday(days.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(dates.weekday(days.get(k)));
                }
            }
            i = j + 1;
        }
        // every one of them: "måndag, onsdag och fredag", as the ordinals ("första och tredje")
        return edition.dates().and(parts);
    }

    private String period(Season season) {
        DateText dates = edition.dates();
        if (season instanceof Season.Dates range) {
            // open-ended seasons have their own sentence (hours.seasonFrom); a dash says "on" elsewhere
            return range.openEnded() ? dates.date(range.from()) + "–"
                    : dates.dayMonth(range.from()) + "–" + dates.date(range.to());
        }
        Season.Yearly yearly = (Season.Yearly) season;
        LocalDate year = LocalDate.of(2024, 1, 1); // a leap year, so 29 February can be shown
        return dates.dayMonth(yearly.from().atYear(year.getYear())) + "–" + dates.dayMonth(yearly.to().atYear(year.getYear()));
    }

    private String t(String key, String hours, String audience) {
        return edition.text().format(key, Map.of("hours", hours, "audience", audience));
    }

    /** The language of the day's reason when it is not the page's: an exception's, as the content has it. */
    private static String reasonLang(DaySchedule day, String exceptionsLang) {
        return day.exception() != null ? exceptionsLang : null;
    }

    /**
     * Why a day differs, to be put in brackets mid-sentence: an exception's reason as written, a
     * holiday's name as running text ("stängt fredag 19 juni (midsommarafton)") from the
     * interface texts, else the calendar's name for it.
     */
    String reason(DaySchedule day) {
        if (day.exception() != null) {
            return day.exception().reason();
        }
        if (day.holiday() == null) {
            return null;
        }
        String key = "holiday." + day.holiday().id();
        String text = edition.text().get(key);
        return text.equals(key) ? day.holiday().name(edition.language()) : text;
    }

}
