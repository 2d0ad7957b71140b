package se.kvarter.render;

import java.util.Set;
import java.util.function.Supplier;
import se.kvarter.output.OutputFile;

/**
 * One page to render: its output path, what it shows (so that a rebuild renders it again only
 * when one of those changed), and how to render it.
 *
 * @param dependsOn keys such as {@code place:kallaren}, {@code place:*} (any place) or
 *                  {@code news-order}; see {@link se.kvarter.model.Changes}
 */
public record PageJob(String path, Set<String> dependsOn, Supplier<OutputFile> render) {

    public PageJob {
        dependsOn = Set.copyOf(dependsOn);
    }
}
