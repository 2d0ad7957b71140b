package se.kvarter.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds opening times written in Swedish prose ("9–19", "kl. 9-19", "klockan 09.00–19.00",
 * "13:00-17:00"), so that {@code check} can tell a communicator when the text says other hours
 * than the place's {@code hours}. It looks for ranges of two times of day and leaves out what
 * only looks like one: dates and years ("2026-2027"), and counts of things ("5–10 deltagare").
 */
public final class ProseHours {

    /**
     * A time range as written: the text and its start and end in minutes since midnight.
     */
    public record Found(String text, int start, int end) {
    }

    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\d.:/-])((?:kl(?:\\.|ockan)?|mellan\\s+kl(?:\\.|ockan)?)\\s*)?"
                    + "(\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:[–—-]|till|och)\\s*(?:kl(?:\\.|ockan)?\\s*)?"
                    + "(\\d{1,2})(?:[.:](\\d{2}))?(?![\\d/-]|[.:]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The word after the numbers that says they count something, not hours ("5–10 deltagare"). */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s*(\\p{L}+|%)");

    private static final Set<String> COUNTED = Set.of("år", "åren", "års", "deltagare", "personer", "pers", "kr",
            "kronor", "procent", "%", "dagar", "dag", "veckor", "vecka", "månader", "minuter", "min", "timmar", "tim",
            "st", "stycken", "gånger", "barn", "platser", "maj", "januari", "februari", "mars", "april", "juni", "juli",
            "augusti", "september", "oktober", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
            "okt", "nov", "dec", "elever", "besökare", "medlemmar", "sidor", "meter", "m", "km");

    private ProseHours() {
    }

    /** Every time range in {@code text}, in the order written. */
    public static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group(1) != null;
            boolean minutes = m.group(3) != null || m.group(5) != null;
            String separator = text.substring(m.end(2) + (m.group(3) == null ? 0 : 3), m.start(4)).strip()
                    .toLowerCase(Locale.ROOT);
            // "9 och 19" and "9 till 19" are times only after "kl."/"klockan"/"mellan kl."
            if (!prefixed && (separator.startsWith("och") || separator.startsWith("till"))) {
                continue;
            }
            int startHour = Integer.parseInt(m.group(2));
            int endHour = Integer.parseInt(m.group(4));
            int start = startHour * 60 + minutes(m.group(3));
            int end = endHour * 60 + minutes(m.group(5));
            if (startHour > 24 || endHour > 24 || start >= 24 * 60 || end > 24 * 60 || start == end) {
                continue;
            }
            if (!prefixed && !minutes && (countsSomething(text, m.end()) || end < start)) {
                continue;
            }
            found.add(new Found(m.group().strip(), start, end));
        }
        return found;
    }

    private static int minutes(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    private static boolean countsSomething(String text, int from) {
        Matcher next = NEXT_WORD.matcher(text);
        next.region(from, text.length());
        return next.lookingAt() && COUNTED.contains(next.group(1).toLowerCase(Locale.ROOT));
    }
}
