package se.kvarter.render;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
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

/** A place's opening hours in words: today's line for cards, and the week table for its page. */
final class HoursText {

    /**
     * The week of a place that is not open: every day closed, for {@code status} ("Tillfälligt
     * stängt", or none for a place closed for good, whose notice says it), and no changes or
     * notes of rules that do not apply while it is closed.
     */
    HoursView closedView(Availability availability) {
        HoursView week = view(availability, null);
        return new HoursView(week.caption(), week.week(), List.of(), List.of(), !availability.hasHours());
    }

    /** How far ahead the place page lists changed days. */
    static final int CHANGES_DAYS = 28;

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

    /** The week table, changes and notes; {@code reasonLang} as for {@link #today}. */
    HoursView view(Availability availability, String reasonLang) {
        OpeningHours hours = availability.hours();
        UiText t = edition.text();
        LocalDate today = edition.now().date();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<HoursView.Day> week = new ArrayList<>();
        for (DaySchedule day : availability.days(monday, 7)) {
            boolean isToday = day.date().equals(today);
            String name = edition.dates().capitalized(edition.dates().weekdayDayMonth(day.date()));
            week.add(new HoursView.Day(isToday ? t.format("hours.todayMarker", Map.of("day", name)) : name,
                    day.date().toString(), isToday,
                    day.isUnknown() ? List.of(t.get("hours.unknown"))
                            : day.isClosed() ? List.of(t.get("hours.closed")) : openings(day),
                    reason(day), reasonLang(day, reasonLang)));
        }
        List<Phrase> changes = changes(availability, today, reasonLang);
        String caption = t.format("hours.caption",
                Map.of("week", String.valueOf(today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))));
        return new HoursView(caption, week, changes, notes(hours), hours.isEmpty());
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
            if (reason == null || !day.differsFromRules() || (day.exception() != null && day.exception() == previous)) {
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
            if (rule.season() instanceof Season.Dates dates && dates.openEnded()) {
                // new hours from a date on: "Från och med 11 januari 2027: måndag–fredag 09:00–16:00"
                notes.add(edition.text().format("hours.seasonFrom", Map.of("date", edition.dates().date(dates.from()),
                        "days", days(rule), "hours", edition.dates().list(rule.times().stream().map(edition.dates()::range).toList()))));
            } else if (rule.season() != null) {
                notes.add(edition.text().format("hours.season", Map.of("period", period(rule.season()),
                        "days", days(rule), "hours", edition.dates().list(rule.times().stream().map(edition.dates()::range).toList()))));
            }
            String pattern = pattern(rule);
            if (pattern != null) {
                notes.add(edition.dates().capitalized(pattern));
            }
            if (rule.note() != null) {
                notes.add(edition.dates().capitalized(days(rule)) + ": " + rule.note());
            }
        }
        return notes;
    }

    /**
     * A rule that holds only some weeks, some weekdays of the month or from a date, in words
     * ("onsdag 13:00–15:00, varannan vecka från och med 2 september 2026", "lördag första och
     * tredje i månaden: 10:00–14:00"); null for a rule of every week. The week table shows its
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
                    "ordinals", edition.dates().list(ordinals), "hours", hours));
        }
        String date = edition.dates().date(rule.from());
        if (rule.every() > 1) {
            return edition.text().format(rule.every() == 2 ? "hours.everyOtherWeek" : "hours.everyWeeks",
                    Map.of("days", days(rule), "hours", hours, "date", date, "every", String.valueOf(rule.every())));
        }
        return edition.text().format("hours.ruleFrom", Map.of("days", days(rule), "hours", hours, "date", date));
    }

    /** The rule's weekdays, runs of three or more as a range: "måndag–fredag, söndag". */
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
        return edition.dates().list(parts);
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
