package se.kvarter.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the content errors of one build, across every file and stage, so that all of them
 * are reported at once. Safe to use from several threads; one instance per build.
 */
public final class Problems {

    private final List<ContentError> errors = new ArrayList<>();

    public synchronized void add(ContentError error) {
        errors.add(error);
    }

    public void add(Position at, String key, Object... args) {
        add(ContentError.of(at, key, args));
    }

    public void addAll(List<ContentError> more) {
        // Most files and entries have no errors: no lock for them (threads add for thousands at once).
        if (!more.isEmpty()) {
            synchronized (this) {
                errors.addAll(more);
            }
        }
    }

    public synchronized boolean isEmpty() {
        return errors.isEmpty();
    }

    public synchronized int size() {
        return errors.size();
    }

    /** Every error so far, sorted by file, line and column, duplicates removed. */
    public synchronized List<ContentError> sorted() {
        return errors.stream().distinct().sorted().toList();
    }
}
