package se.kvarter.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean": the known names closest to a name that is not known. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * Up to {@code limit} candidates close to {@code wrong}, closest first: within a third of the
     * name's length in edits, or sharing a prefix of four letters.
     */
    static List<String> closest(String wrong, Collection<String> candidates, int limit) {
        String needle = wrong.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, needle.length() / 3);
        return candidates.stream()
                .filter(c -> distance(needle, c) <= allowed || sharesPrefix(needle, c))
                .sorted(Comparator.comparingInt((String c) -> distance(needle, c)).thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    /** The closest candidates joined for a message ({@code "a", "b"}), or empty. */
    static String quoted(String wrong, Collection<String> candidates) {
        List<String> close = closest(wrong, candidates, 3);
        return close.isEmpty() ? "" : String.join(", ", close.stream().map(c -> "\"" + c + "\"").toList());
    }

    /** The {@code limit} candidates nearest to {@code wrong}, however far, quoted and joined for a message. */
    static String nearest(String wrong, Collection<String> candidates, int limit) {
        String needle = wrong.toLowerCase(Locale.ROOT);
        return String.join(", ", candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> distance(needle, c)).thenComparing(c -> c))
                .limit(limit)
                .map(c -> "\"" + c + "\"")
                .toList());
    }

    private static int distance(String a, String b) {
        return editDistance(a, b.toLowerCase(Locale.ROOT));
    }

    /**
     * The Levenshtein distance: the fewest characters to insert, delete or replace to turn
     * {@code a} into {@code b}. Written out rather than taken from commons-text, a library of which
     * the jar would use these few lines alone; the tests compare it with commons-text.
     */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static boolean sharesPrefix(String a, String b) {
        int n = 4;
        return a.length() >= n && b.length() >= n && a.regionMatches(true, 0, b, 0, n);
    }
}
