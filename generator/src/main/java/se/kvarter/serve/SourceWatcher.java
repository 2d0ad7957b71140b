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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches the content and templates folders (and the folders created in them later) and calls
 * back once a burst of changes has settled, so that an editor saving a file in several steps
 * causes one rebuild, not three.
 */
final class SourceWatcher implements AutoCloseable {

    /** How long the folders must be quiet before a rebuild starts. */
    static final long SETTLE_MILLIS = 40;

    private final WatchService watcher;
    private final Runnable onChange;
    private final Thread thread;

    SourceWatcher(List<Path> folders, Runnable onChange) {
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
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
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
