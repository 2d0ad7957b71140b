package se.kvarter.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Ids and URL slugs: lowercase {@code a-z}, {@code 0-9} and single hyphens. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValid(String id) {
        return VALID.matcher(id).matches();
    }

    /** Longer slugs are cut at a hyphen: a slug is a folder name, and folder names have a limit. */
    public static final int MAX_LENGTH = 80;

    /**
     * The slug a name becomes: {@code Mötesplats Vårberg} -> {@code motesplats-varberg}. Letters
     * lose their accents, everything else becomes a single hyphen.
     */
    public static String of(String name) {
        String lower = name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("ß", "ss").replace("đ", "d").replace("ł", "l");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        String trimmed = slug.substring(start, end);
        if (trimmed.length() > MAX_LENGTH) {
            int cut = trimmed.lastIndexOf('-', MAX_LENGTH);
            trimmed = trimmed.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return trimmed;
    }
}
