package se.kvarter.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines that changed from one text to another, by their longest common subsequence, each
 * old line that another replaced paired with it ("X becomes Y"), the rest removed or added.
 */
final class LineDiff {

    // beyond this many cells the table would cost more than a page is worth: all old out, all new in
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    static List<LineChange> between(List<String> old, List<String> now) {
        int start = 0;
        while (start < old.size() && start < now.size() && old.get(start).equals(now.get(start))) {
            start++;
        }
        int endOld = old.size();
        int endNow = now.size();
        while (endOld > start && endNow > start && old.get(endOld - 1).equals(now.get(endNow - 1))) {
            endOld--;
            endNow--;
        }
        List<String> a = old.subList(start, endOld);
        List<String> b = now.subList(start, endNow);
        List<LineChange> changes = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            run(a, b, changes);
            return changes;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                run(removed, added, changes);
                removed.clear();
                added.clear();
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        run(removed, added, changes);
        return changes;
    }

    /**
     * One run of changed lines between lines in common. As many new lines as old: each old one
     * became the new one in its place. Otherwise an old line became the first new one that
     * begins with the same word (a day's row of hours, a label), and the rest came or went.
     */
    private static void run(List<String> removed, List<String> added, List<LineChange> changes) {
        if (removed.size() == added.size()) {
            for (int k = 0; k < removed.size(); k++) {
                changes.add(new LineChange(removed.get(k), added.get(k)));
            }
            return;
        }
        String[] became = new String[added.size()];
        for (String line : removed) {
            int match = -1;
            for (int k = 0; k < added.size() && match < 0; k++) {
                if (became[k] == null && firstWord(added.get(k)).equals(firstWord(line))) {
                    match = k;
                }
            }
            if (match >= 0) {
                became[match] = line;
            } else {
                changes.add(new LineChange(line, null));
            }
        }
        for (int k = 0; k < added.size(); k++) {
            changes.add(new LineChange(became[k], added.get(k)));
        }
    }

    private static String firstWord(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
