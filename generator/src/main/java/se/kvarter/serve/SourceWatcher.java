package se.kvarter.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import se.kvarter.content.ChangedPaths;

/**
 * Watches the content and templates folders (and the folders created in them later) and calls
 * back once a burst of changes has settled, so that an editor saving a file in several steps
 * causes one rebuild, not three. The callback gets the paths that changed, so the rebuild need
 * not scan every folder; when events were lost, it gets {@link ChangedPaths#unknown()}.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * How long the folders must be quiet before a rebuild starts. An editor's save (write in
     * place, or a new file renamed over the old) sends its events within a millisecond or two;
     * every millisecond more is waited on each edit before the page reloads.
     */
    static final long SETTLE_MILLIS = 20;

    /** How often a watched folder that was deleted is looked for again. */
    static final long MISSING_ROOT_MILLIS = 200;

    private final WatchService watcher;
    private final List<Path> roots;
    /** The watched folders that are gone (deleted, or moved away): looked for until they are back. */
    private final Set<Path> missing = new HashSet<>();
    private final Consumer<ChangedPaths> onChange;
    // The burst being collected; null once an event was lost (then nobody knows what changed).
    private Set<Path> changed = new HashSet<>();
    private final Thread thread;

    SourceWatcher(List<Path> folders, Consumer<ChangedPaths> onChange) {
        this.onChange = onChange;
        this.roots = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            for (Path folder : roots) {
                registerTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.thread = new Thread(this::loop, "kvarter-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Waits for changes and rebuilds, until closed. Nothing that goes wrong in a rebuild or in
     * watching ends the loop: a preview that silently stops rebuilding is worse than any error.
     */
    private void loop() {
        try {
            while (true) {
                WatchKey key = missing.isEmpty() ? watcher.take() : watcher.poll(MISSING_ROOT_MILLIS, TimeUnit.MILLISECONDS);
                try {
                    if (key != null) {
                        handle(key);
                    }
                    boolean returned = lookForMissingRoots();
                    if (key == null && !returned) {
                        continue;
                    }
                    // Collect the rest of the burst before rebuilding.
                    WatchKey more;
                    while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                        handle(more);
                    }
                    ChangedPaths burst = changed == null ? ChangedPaths.unknown() : ChangedPaths.of(changed);
                    changed = new HashSet<>();
                    onChange.accept(burst);
                } catch (RuntimeException | StackOverflowError e) {
                    // The rebuild reports its own failures (LiveSite); this is the watcher's last
                    // guard. What changed is no longer known: the next rebuild reads everything.
                    changed = null;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Registers again the watched folders that came back (a content folder deleted and made
     * anew, or restored by git): the events of the old folder ended with it.
     *
     * @return whether one came back, which asks for a rebuild of everything
     */
    private boolean lookForMissingRoots() {
        boolean returned = false;
        for (Path root : List.copyOf(missing)) {
            if (Files.isDirectory(root)) {
                try {
                    registerTree(root);
                    missing.remove(root);
                    changed = null;
                    returned = true;
                } catch (IOException | UncheckedIOException e) {
                    // changing under our eyes: looked at again in a moment
                }
            }
        }
        return returned;
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path)) {
                changed = null;
            } else if (changed != null) {
                changed.add(folder.resolve((Path) event.context()));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path created = folder.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // a folder removed again at once needs no watching
                    }
                }
            }
        }
        if (!key.reset() && roots.contains(folder)) {
            // Deleted or moved away (perhaps made anew already): the old folder's events ended,
            // so the path is looked for and watched again.
            missing.add(folder);
            changed = null;
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
