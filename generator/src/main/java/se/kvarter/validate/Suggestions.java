package se.kvarter.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the known names closest to a name that is not known. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

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
        return DISTANCE.apply(a, b.toLowerCase(Locale.ROOT));
    }

    private static boolean sharesPrefix(String a, String b) {
        int n = 4;
        return a.length() >= n && b.length() >= n && a.regionMatches(true, 0, b, 0, n);
    }
}
