package se.kvarter.content;

import java.nio.file.Path;
import java.util.Set;

/**
 * The source paths that changed since the last build, as a file watcher saw them, so that a
 * rebuild looks at those files only instead of scanning the whole content folder again; or
 * {@link #unknown()} when nobody knows (the first build, a watcher that lost events), which
 * scans everything.
 *
 * @param paths the changed files and folders (created, modified or removed); null when unknown
 */
public record ChangedPaths(Set<Path> paths) {

    private static final ChangedPaths UNKNOWN = new ChangedPaths(null);

    public ChangedPaths {
        paths = paths == null ? null : Set.copyOf(paths);
    }

    public static ChangedPaths unknown() {
        return UNKNOWN;
    }

    public static ChangedPaths of(Set<Path> paths) {
        return new ChangedPaths(paths);
    }

    public boolean isKnown() {
        return paths != null;
    }
}
