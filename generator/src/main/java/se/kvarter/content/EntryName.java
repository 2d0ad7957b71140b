package se.kvarter.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the stem of a content file's name (the name without extension) says: the id, the language
 * of a translation ({@code kallaren.en}) and, for news, the date in front ({@code 2026-11-01-id}).
 * The scan of a content folder and {@code kvarter new} both read names here, so that {@code new}
 * finds the ids the build would see.
 *
 * @param language null for the site's default language
 * @param date     the date in a news name as written, null when absent; see {@link #hasValidDate()}
 */
public record EntryName(String id, String language, String date) {

    private static final Pattern NEWS_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    public static EntryName of(ContentKind kind, String stem) {
        String language = null;
        int dot = stem.lastIndexOf('.');
        if (dot >= 0 && LANGUAGE.matcher(stem.substring(dot + 1)).matches()) {
            language = stem.substring(dot + 1);
            stem = stem.substring(0, dot);
        }
        if (kind == ContentKind.NEWS) {
            Matcher dated = NEWS_DATE.matcher(stem);
            if (dated.matches()) {
                return new EntryName(dated.group(2), language, dated.group(1));
            }
        }
        return new EntryName(stem, language, null);
    }

    /** Whether the date is absent or a real day (2026-02-30 looks like a date but is none). */
    public boolean hasValidDate() {
        if (date == null) {
            return true;
        }
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
