package se.kvarter.hours;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.kvarter.model.Audience;

/**
 * The openings of one day as minutes, each for everyone or for an audience, cut at every start
 * and end: who is let in during each stretch between two of those edges. The OSM value uses it
 * both for the regular weekly rules and for a dated day, where openings for everyone and for an
 * audience may overlap.
 */
final class Coverage {

    /** From {@code from} to {@code to} minutes, open for everyone or else for these audiences. */
    record Segment(int from, int to, boolean everyone, Set<Audience> audiences) {
    }

    private final List<int[]> pieces = new ArrayList<>();
    private final List<Audience> audiences = new ArrayList<>();
    private final TreeSet<Integer> edges = new TreeSet<>();

    /** An opening from {@code start} to {@code end} minutes for {@code audience} (null or everyone for all). */
    void add(int start, int end, Audience audience) {
        pieces.add(new int[] {start, end});
        audiences.add(Interval.forEveryone(audience) ? null : audience);
        edges.add(start);
        edges.add(end);
    }

    /** The segments in time order in which someone is let in. */
    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        Integer from = edges.isEmpty() ? null : edges.first();
        for (Integer to = from == null ? null : edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            boolean everyone = false;
            Set<Audience> who = EnumSet.noneOf(Audience.class);
            for (int i = 0; i < pieces.size(); i++) {
                if (pieces.get(i)[0] <= from && pieces.get(i)[1] >= to) {
                    if (audiences.get(i) == null) {
                        everyone = true;
                    } else {
                        who.add(audiences.get(i));
                    }
                }
            }
            if (everyone || !who.isEmpty()) {
                segments.add(new Segment(from, to, everyone, who));
            }
        }
        return segments;
    }
}
