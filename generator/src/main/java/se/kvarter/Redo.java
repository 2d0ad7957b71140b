package se.kvarter;

import java.util.Set;
import se.kvarter.content.ChangedPaths;
import se.kvarter.output.MemorySite;

/**
 * What the dev server asks a build to redo: the source paths its watcher saw change (or
 * {@link ChangedPaths#unknown()} to read every file again), and who wants to see the pages of the
 * entries just edited as soon as they are made. The build itself works out which pages and
 * open-data files those changes reach ({@link Selection}); a change to the settings, the
 * templates or the files redoes everything.
 */
public record Redo(ChangedPaths changed, Preview preview) {

    /** Receives the site with the edited entries' own pages made, before the rest of a rebuild. */
    public interface Preview {
        /**
         * @param site    the last site with those pages (and nothing else) replaced; not changed later
         * @param changed the output files that differ from the last site
         */
        void show(MemorySite site, Set<String> changed);

        Preview NONE = (site, changed) -> { };
    }

    /** Whatever changed since the last build, looked for in every source file, with no preview. */
    public static Redo whatChanged() {
        return new Redo(ChangedPaths.unknown(), Preview.NONE);
    }
}
