package se.kvarter.serve;

import java.util.List;
import se.kvarter.output.MemorySite;
import se.kvarter.source.ContentError;

/**
 * What the dev server shows at one moment: the last site that built, the errors of the latest
 * build (empty when it succeeded), and a version that grows with every build so that open
 * pages know when to reload.
 */
record Snapshot(MemorySite site, List<ContentError> errors, long version) {

    Snapshot {
        errors = List.copyOf(errors);
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}
