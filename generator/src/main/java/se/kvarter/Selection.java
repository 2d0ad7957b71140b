package se.kvarter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import se.kvarter.check.SiteChecker;
import se.kvarter.feeds.FeedJob;
import se.kvarter.model.Changes;
import se.kvarter.model.Site;
import se.kvarter.output.MemorySite;
import se.kvarter.render.PageJob;
import se.kvarter.render.SiteRenderer;

/**
 * Which pages and open-data jobs one build makes: every one, or, against the dev server's last
 * build, those a change reaches. Each page and job says what it shows ({@code dependsOn}); the
 * difference between the last site and the new one ({@link Changes}) says what changed. A build
 * that is kept for the next one also notes here what each page showed and each job made.
 */
final class Selection {

    private final LastBuild last;
    private Changes changes;
    private final boolean kept;
    private final Map<String, Set<String>> pageDependencies = new HashMap<>();
    private final Map<String, List<String>> feedFiles = new ConcurrentSkipListMap<>();

    private Selection(LastBuild last, Changes changes, boolean kept) {
        this.last = last;
        this.changes = changes;
        this.kept = kept;
    }

    /** Everything; {@code kept} when the dev server builds on it next. */
    static Selection everything(boolean kept) {
        return new Selection(null, Changes.EVERYTHING, kept);
    }

    /** What {@code changes} reach since {@code last} (everything when they say so). */
    static Selection since(LastBuild last, Changes changes) {
        return changes.everything() ? everything(true) : new Selection(last, changes, true);
    }

    boolean everything() {
        return last == null;
    }

    /** The own pages of the entries that changed, made first as a preview; none when making everything. */
    List<PageJob> editedEntries(SiteRenderer.SitePlan plan) {
        return everything() ? List.of() : plan.entryPages(changes.keys());
    }

    /**
     * The pages to make besides those already made ({@code done}): new ones and those whose keys
     * changed, before or now. The pages that are gone are removed from {@code out}.
     */
    List<PageJob> pages(List<PageJob> pages, List<PageJob> done, Output out) {
        if (kept) {
            pages.forEach(job -> pageDependencies.put(job.path(), job.dependsOn()));
        }
        if (everything()) {
            return pages;
        }
        Set<String> made = done.stream().map(PageJob::path).collect(Collectors.toSet());
        List<PageJob> toRender = new ArrayList<>();
        for (PageJob job : pages) {
            Set<String> before = last.pageDependencies().get(job.path());
            if (!made.contains(job.path())
                    && (before == null || changes.affects(job.dependsOn()) || changes.affects(before))) {
                toRender.add(job);
            }
        }
        Set<String> removed = new HashSet<>(last.pageDependencies().keySet());
        removed.removeAll(pageDependencies.keySet());
        if (!removed.isEmpty() || !last.pageDependencies().keySet().containsAll(pageDependencies.keySet())) {
            changes = changes.with(Changes.PAGES); // the sitemap lists the pages
        }
        removed.forEach(path -> out.remove(out.paths().outputFile(path)));
        return toRender;
    }

    /** The open-data jobs to run; the files of the others are kept as the last build made them. */
    List<FeedJob> feeds(List<FeedJob> jobs) {
        if (everything()) {
            return jobs;
        }
        List<FeedJob> toMake = new ArrayList<>();
        for (FeedJob job : jobs) {
            List<String> before = last.feedFiles().get(job.name());
            if (before == null || changes.affects(job.dependsOn())) {
                toMake.add(job);
            } else {
                feedFiles.put(job.name(), before);
            }
        }
        return toMake;
    }

    /** Notes the files an open-data job made, for the next build to keep or remove. */
    void made(FeedJob job, List<String> files) {
        if (kept) {
            feedFiles.put(job.name(), files);
        }
    }

    /** The files of open-data jobs that the site no longer has (an event removed). */
    List<String> feedFilesNoLongerMade() {
        if (everything()) {
            return List.of();
        }
        List<String> gone = new ArrayList<>();
        last.feedFiles().forEach((name, files) -> {
            if (!feedFiles.containsKey(name)) {
                gone.addAll(files);
            }
        });
        return gone;
    }

    /** What this build made, for the next one to build on. */
    LastBuild next(Site site, Map<String, Long> templates, SiteChecker checker, MemorySite files) {
        return new LastBuild(site, Map.copyOf(pageDependencies), new TreeMap<>(feedFiles), templates, checker, files);
    }
}
