package se.kvarter.serve;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import se.kvarter.Build;
import se.kvarter.Redo;
import se.kvarter.content.ChangedPaths;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFailure;
import se.kvarter.output.OutputFolderException;
import se.kvarter.output.SiteWriter;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * The site the dev server shows, rebuilt in memory when the sources change. A failed rebuild
 * keeps the last good site and remembers the errors, so the pages can show them in an overlay
 * until the content is fixed. Given an output folder, it also writes each good build there.
 */
final class LiveSite {

    private final Build build;
    private final Build.Options options;
    private final Path publishTo;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile Snapshot current;
    /** Whether a rebuild failed with an exception: the next one reads every file again, not only the changed ones. */
    private boolean rescan;

    /** @param publishTo where each good build is also written ({@code serve --out}), or null */
    LiveSite(Build build, Build.Options options, Path publishTo) {
        this.build = build;
        this.options = options;
        this.publishTo = publishTo;
        this.current = new Snapshot(new MemorySite(), List.of(), 0, null);
    }

    Snapshot current() {
        return current;
    }

    void onChange(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /**
     * Builds what changed and tells the listeners, first when the edited entries' pages are made
     * (a preview), then when the build is done. Only one build runs at a time. A preview comes
     * only after the content validated, so it shows no errors; a link the site check finds broken
     * at the end brings the overlay back.
     */
    synchronized Build.Result rebuild(ChangedPaths changed) {
        Build.Rebuilt rebuilt = attempt(changed);
        Build.Result result = rebuilt.result();
        Snapshot previous = current; // after the preview, if any, was shown
        if (result.succeeded()) {
            show(new Snapshot(rebuilt.site(), List.of(), previous.version() + 1,
                    previous.errors().isEmpty() ? rebuilt.changed() : null));
            if (publishTo != null) {
                Optional<ContentError> failure = publish(rebuilt.site());
                if (failure.isPresent()) {
                    // The preview is fine; the folder stays as it was, and the overlay says why.
                    show(new Snapshot(rebuilt.site(), List.of(failure.get()), current.version() + 1, null));
                    return new Build.Result(List.of(failure.get()), result.pages(), result.feeds(), result.time());
                }
            }
        } else {
            show(new Snapshot(previous.site(), result.errors(), previous.version() + 1,
                    previous.errors().equals(result.errors()) ? Set.of() : null));
        }
        return result;
    }

    /**
     * Runs the rebuild, turning whatever stops it into an error for the overlay: the preview must
     * go on through any failure (a folder deleted under it, a bug), and the next save rebuilds.
     */
    private Build.Rebuilt attempt(ChangedPaths changed) {
        long started = System.nanoTime();
        ChangedPaths toRead = rescan ? ChangedPaths.unknown() : changed;
        rescan = true;
        try {
            Build.Rebuilt rebuilt = build.rebuild(options, new Redo(toRead, (site, files) -> show(new Snapshot(site,
                    List.of(), current.version() + 1, current.errors().isEmpty() ? files : null))));
            rescan = false;
            return rebuilt;
        } catch (OutputFolderException e) { // the content or templates folder is gone, for now
            return failed(ContentError.of(Position.ofFile(e.folder()), e.key(), e.args()), started);
        } catch (RuntimeException | StackOverflowError e) {
            String folder = options.content().toString();
            return failed(ContentError.of(Position.ofFile(folder), "serve.rebuild-failed", String.valueOf(e)), started);
        }
    }

    private Build.Rebuilt failed(ContentError error, long started) {
        return new Build.Rebuilt(new Build.Result(List.of(error), 0, 0, Duration.ofNanos(System.nanoTime() - started)),
                current.site(), null);
    }

    /**
     * Writes the site as {@code build} would, replacing the folder at once; after the pages
     * reloaded, as the browser is what the author waits for.
     */
    private Optional<ContentError> publish(MemorySite site) {
        try (SiteWriter writer = SiteWriter.open(publishTo)) {
            site.writeTo(writer);
            writer.commit();
            return Optional.empty();
        } catch (OutputFolderException e) { // the folder was taken over by something else meanwhile
            return Optional.of(ContentError.of(Position.ofFile(publishTo.toString()), e.key(), e.args()));
        } catch (OutputFailure e) { // a full disk, say: the file watcher must go on
            return Optional.of(ContentError.of(Position.ofFile(publishTo.toString()), e.key(), e.args()));
        } catch (UncheckedIOException e) {
            return Optional.of(ContentError.of(Position.ofFile(publishTo.toString()), "serve.publish-failed",
                    publishTo.toString(), String.valueOf(e.getCause().getMessage())));
        }
    }

    private void show(Snapshot next) {
        current = next;
        listeners.forEach(listener -> listener.accept(next));
    }
}
