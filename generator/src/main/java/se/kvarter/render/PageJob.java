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
 * @param entry     the key of the entry whose own page this is ({@code place:kallaren} for the
 *                  place's page and poster), or null for a page of many entries; the dev server
 *                  makes the pages of the entries just edited first
 */
public record PageJob(String path, Set<String> dependsOn, Supplier<OutputFile> render, String entry) {

    public PageJob {
        dependsOn = Set.copyOf(dependsOn);
    }

    /** A page of many entries (a list, a search page) or of none. */
    public PageJob(String path, Set<String> dependsOn, Supplier<OutputFile> render) {
        this(path, dependsOn, render, null);
    }
}
