package se.kvarter.serve;

import java.util.List;
import java.util.Set;
import se.kvarter.output.MemorySite;
import se.kvarter.source.ContentError;

/**
 * What the dev server shows at one moment: the last site that built, the errors of the latest
 * build (empty when it succeeded), and a version that grows with every build so that open
 * pages know when to reload.
 *
 * @param changed the files that differ from the snapshot before, or null when any page may
 *                look different (the whole site was built, the errors shown changed)
 */
record Snapshot(MemorySite site, List<ContentError> errors, long version, Set<String> changed) {

    Snapshot {
        errors = List.copyOf(errors);
        changed = changed == null ? null : Set.copyOf(changed);
    }

    /** Whether the page made from {@code file} may look different than in the snapshot before. */
    boolean changes(String file) {
        return changed == null || changed.contains(file);
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    /** Whether the content had errors from the first build on, so there is no last good site to show. */
    boolean nothingBuilt() {
        return failed() && site.size() == 0;
    }
}
