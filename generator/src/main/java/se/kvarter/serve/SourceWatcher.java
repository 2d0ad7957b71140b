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

    private final WatchService watcher;
    private final Consumer<ChangedPaths> onChange;
    // The burst being collected; null once an event was lost (then nobody knows what changed).
    private Set<Path> changed = new HashSet<>();
    private final Thread thread;

    SourceWatcher(List<Path> folders, Consumer<ChangedPaths> onChange) {
        this.onChange = onChange;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
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

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                handle(key);
                // Collect the rest of the burst before rebuilding.
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                ChangedPaths burst = changed == null ? ChangedPaths.unknown() : ChangedPaths.of(changed);
                changed = new HashSet<>();
                onChange.accept(burst);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
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
        key.reset();
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
