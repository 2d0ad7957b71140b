package se.kvarter.hours;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.kvarter.model.TimeRange;

/**
 * What an OpenStreetMap evaluator says about one calendar day, from midnight to midnight in local
 * time: stretches that are open for everyone, open for an audience only (a comment naming it,
 * which evaluators read as "maybe open"), or unknown; the rest of the day is closed. An opening
 * that runs past midnight shows on both days it touches, as an evaluator reads it.
 */
final class OsmDay {

    /** What a stretch of the day is. */
    enum Kind {
        OPEN, AUDIENCE, UNKNOWN
    }

    /**
     * One stretch, in minutes after midnight ({@code end} at most {@value TimeRange#MINUTES_PER_DAY}).
     *
     * @param comment the audiences for {@link Kind#AUDIENCE} ({@code families, youth}); else a
     *                reason or null, which does not change what the stretch says
     */
    record Stretch(int start, int end, Kind kind, String comment) {

        /** Whether the two say the same: the same kind, and for audiences the same audiences. */
        boolean sameAs(Kind otherKind, String otherComment) {
            return kind == otherKind && (kind != Kind.AUDIENCE || Objects.equals(comment, otherComment));
        }
    }

    private final List<Stretch> stretches = new ArrayList<>();

    /** A day closed throughout. */
    static OsmDay closed() {
        return new OsmDay();
    }

    List<Stretch> stretches() {
        return List.copyOf(stretches);
    }

    boolean isClosed() {
        return stretches.isEmpty();
    }

    /** Whether the whole day is one unknown stretch. */
    boolean isUnknownThroughout() {
        return stretches.size() == 1 && stretches.get(0).kind() == Kind.UNKNOWN && stretches.get(0).start() == 0
                && stretches.get(0).end() == TimeRange.MINUTES_PER_DAY;
    }

    /** Forgets everything painted so far: a rule that selects the day replaces earlier ones. */
    void clear() {
        stretches.clear();
    }

    /** Sets {@code start..end} to {@code kind}, over whatever was there (a later rule wins where it overlaps). */
    void paint(int start, int end, Kind kind, String comment) {
        if (end <= start) {
            return;
        }
        List<Stretch> kept = new ArrayList<>();
        for (Stretch stretch : stretches) {
            if (stretch.end() <= start || stretch.start() >= end) {
                kept.add(stretch);
                continue;
            }
            if (stretch.start() < start) {
                kept.add(new Stretch(stretch.start(), start, stretch.kind(), stretch.comment()));
            }
            if (stretch.end() > end) {
                kept.add(new Stretch(end, stretch.end(), stretch.kind(), stretch.comment()));
            }
        }
        kept.add(new Stretch(start, end, kind, comment));
        kept.sort(java.util.Comparator.comparingInt(Stretch::start));
        stretches.clear();
        for (Stretch stretch : kept) {
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && last.end() == stretch.start() && last.kind() == stretch.kind()
                    && Objects.equals(last.comment(), stretch.comment())) {
                stretches.set(stretches.size() - 1, new Stretch(last.start(), stretch.end(), last.kind(), last.comment()));
            } else {
                stretches.add(stretch);
            }
        }
    }

    /** Whether both days say the same at every minute (reasons aside, audiences not). */
    boolean sameAs(OsmDay other) {
        return canonical().equals(other.canonical());
    }

    /** The stretches with reasons left out and touching stretches that say the same joined. */
    List<Stretch> canonical() {
        List<Stretch> joined = new ArrayList<>();
        for (Stretch stretch : stretches) {
            String comment = stretch.kind() == Kind.AUDIENCE ? stretch.comment() : null;
            Stretch last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && last.end() == stretch.start() && last.sameAs(stretch.kind(), comment)) {
                joined.set(joined.size() - 1, new Stretch(last.start(), stretch.end(), last.kind(), comment));
            } else {
                joined.add(new Stretch(stretch.start(), stretch.end(), stretch.kind(), comment));
            }
        }
        return joined;
    }
}
