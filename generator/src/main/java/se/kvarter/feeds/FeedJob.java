package se.kvarter.feeds;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import se.kvarter.output.OutputFile;

/**
 * Some open-data files made together, with what they depend on (keys as in
 * {@link se.kvarter.model.Changes}), so that a rebuild makes only those whose sources changed.
 *
 * @param name what the job makes, unique in a build: a rebuild removes the files of a job that
 *             no longer exists (the calendar of a place that was removed)
 */
public record FeedJob(String name, Set<String> dependsOn, Supplier<List<OutputFile>> files) {

    public FeedJob {
        dependsOn = Set.copyOf(dependsOn);
    }

    /** A job named by {@code name}, unique among the jobs of a build, that makes several files. */
    static FeedJob of(String name, Supplier<List<OutputFile>> files, String... keys) {
        return new FeedJob(name, Set.of(keys), files);
    }

    /** A job that makes the one file at {@code path}. */
    public static FeedJob one(String path, Supplier<OutputFile> file, String... keys) {
        return new FeedJob(path, Set.of(keys), () -> List.of(file.get()));
    }
}
