package se.kvarter.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the content errors of one build, across every file and stage, so that all of them
 * are reported at once. Safe to use from several threads; one instance per build.
 *
 * <p>It also collects notices ({@link ContentError#isNotice()}): reminders that {@code kvarter
 * check} prints without failing, which never stop a build. {@link #isEmpty()}, {@link #size()} and
 * {@link #sorted()} are about the errors only.
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
        return errors.stream().allMatch(ContentError::isNotice);
    }

    public synchronized int size() {
        return (int) errors.stream().filter(error -> !error.isNotice()).count();
    }

    /** Every error so far, sorted by file, line and column, duplicates removed. */
    public synchronized List<ContentError> sorted() {
        return errors.stream().filter(error -> !error.isNotice()).distinct().sorted().toList();
    }

    /** Every notice so far, sorted by file, line and column, duplicates removed. */
    public synchronized List<ContentError> notices() {
        return errors.stream().filter(ContentError::isNotice).distinct().sorted().toList();
    }

    /** Errors and notices, sorted: what a cached entry carries to the next build. */
    public synchronized List<ContentError> all() {
        return errors.stream().distinct().sorted().toList();
    }
}
