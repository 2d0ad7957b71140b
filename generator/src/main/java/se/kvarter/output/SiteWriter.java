package se.kvarter.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a build into a fresh folder beside the output folder, then swaps it into place, so
 * that readers of the output folder see either the previous site or the new one, never half
 * of each. A build that fails, or is killed, leaves the previous site as it was; the next
 * build removes the leftovers of a killed one.
 *
 * <p>The output folder must be empty, absent, or made by kvarter (it holds {@link #MARKER}), so
 * that a mistyped {@code --out} can never replace a folder of something else.
 */
public final class SiteWriter implements OutputTarget, AutoCloseable {

    /** The file that marks a folder as kvarter's output. */
    public static final String MARKER = ".kvarter-site";
    static final String WORK_PREFIX = ".kvarter-";
    /** Deleting waits on the disk, not on a core: more threads than cores overlap the waits. */
    private static final int DELETING_THREADS = 8;

    private final Path out;
    private final Path work;
    /** The output folder as the user named it, for messages (a link's name rather than its target). */
    private final Path shown;
    private final Disk disk;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicInteger count = new AtomicInteger();
    private boolean committed;

    private SiteWriter(Path out, Path work, Path shown, Disk disk) {
        this.out = out;
        this.work = work;
        this.shown = shown;
        this.disk = disk;
    }

    /**
     * Starts a build that will replace {@code out}. When {@code out} is a symbolic link, the
     * folder it points to is replaced (next to it, as atomically) and the link stays: a host that
     * serves the link's target sees every build.
     *
     * <p>Leftovers of killed builds are cleaned up only after {@code out} proved to be kvarter's,
     * so that a refused build deletes nothing.
     *
     * @throws OutputFailure when the system refuses to make the folder beside {@code out}
     */
    public static SiteWriter open(Path out) {
        return open(out, Disk.LOCAL);
    }

    /** {@link #open(Path)} writing through {@code disk}. */
    public static SiteWriter open(Path out, Disk disk) {
        Path target = published(out);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            refuseIfNotOurs(target);
            recover(target);
            Path work = createUnique(parent, target.getFileName().toString(), "new");
            disk.write(work.resolve(MARKER), new byte[0]);
            return new SiteWriter(target, work, out, disk);
        } catch (IOException e) {
            throw new OutputFailure(parent, e, false);
        }
    }

    /**
     * Finishes the swap of a build that was killed between its two moves, before anything else
     * (a build that then stops at a content error says the published site is untouched, and it
     * must be there): the previous site, kept aside, is put back. Only when {@code out} is
     * kvarter's or absent; a folder of someone else's is refused later, by {@link #open}.
     *
     * @return whether a previous site was put back
     */
    public static boolean restoreInterrupted(Path out) {
        Path target = published(out);
        try {
            if (!Files.isDirectory(target.getParent()) || Files.exists(target) && !isReplaceable(target)) {
                return false;
            }
            return recover(target);
        } catch (IOException e) {
            throw new OutputFailure(target.getParent(), e, false);
        }
    }

    /**
     * The folder a build into {@code out} replaces: {@code out} itself, or where the symbolic
     * link {@code out} points (links to links followed; a link to nothing yet names the folder
     * the build will create).
     */
    static Path published(Path out) {
        Path path = out.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new OutputFolderException("output.link-loop", out.toString());
            }
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /**
     * Creates a folder named by {@link Leftover} for this process. Not {@code createTempDirectory},
     * whose folders are private to the user (mode 0700): the swapped-in site must have the
     * ordinary permissions of the user's umask, so that a web server running as another user can
     * read it.
     */
    private static Path createUnique(Path parent, String outName, String kind) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(Leftover.name(outName, kind)));
            } catch (FileAlreadyExistsException e) {
                // another random part
            }
        }
    }

    /**
     * Refuses an output folder that exists and was not made by kvarter, before a build that will
     * replace it (the dev server checks before its first build, long before it writes).
     *
     * @throws OutputFolderException when {@code out} may not be replaced
     */
    public static void refuseIfNotOurs(Path out) {
        Path target = published(out);
        try {
            if (Files.exists(target) && !isReplaceable(target)) {
                throw new OutputFolderException("output.not-ours", target.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one file. Safe to call from several threads.
     *
     * @throws DuplicateOutputException when another file of this build already has the path
     */
    @Override
    public void write(OutputFile file) {
        Path path = resolve(file.path());
        try {
            Files.createDirectories(path.getParent());
            disk.write(path, file.parts());
            count.incrementAndGet();
        } catch (FileAlreadyExistsException e) {
            // a folder of this file's path is another file of the build (x.json and x.json/index.html)
            throw new DuplicateOutputException(file.path());
        } catch (IOException e) {
            if (Files.isDirectory(path)) { // this file's path is a folder of other files of the build
                throw new DuplicateOutputException(file.path());
            }
            throw new OutputFailure(shown, e, false);
        }
    }

    /** A file written so far, read back (the check places a broken link in its page); null if unreadable. */
    @Override
    public byte[] read(String path) {
        Path file = work.resolve(path).normalize();
        if (!file.startsWith(work) || !written.contains(path)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** Copies a file verbatim (attachments, assets). */
    @Override
    public void copy(Path source, String path) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            disk.copy(source, target);
            count.incrementAndGet();
        } catch (IOException e) {
            boolean reading = e instanceof FileSystemException fs && source.toString().equals(fs.getFile());
            throw new OutputFailure(reading ? source : shown, e, reading);
        }
    }

    private Path resolve(String path) {
        Path resolved = work.resolve(path).normalize();
        if (!resolved.startsWith(work) || resolved.equals(work)) {
            throw new IllegalArgumentException("output path outside the site: " + path);
        }
        if (!written.add(path)) {
            throw new DuplicateOutputException(path);
        }
        return resolved;
    }

    /** The number of files written so far. */
    public int fileCount() {
        return count.get();
    }

    /**
     * Replaces the output folder with what was written. When the second move fails, the previous
     * site is moved back; should that fail too, the next build puts it back ({@link #restoreInterrupted}).
     *
     * @throws OutputFailure when the system refuses a move; the previous site is then in place
     */
    public void commit() {
        Path old = null;
        try {
            if (Files.exists(out)) {
                old = out.resolveSibling(Leftover.name(out.getFileName().toString(), "old"));
                move(out, old);
            }
            move(work, out);
        } catch (IOException e) {
            if (old != null && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    move(old, out);
                } catch (IOException again) {
                    e.addSuppressed(again);
                }
            }
            throw new OutputFailure(out.getParent(), e, false);
        }
        committed = true;
        if (old != null) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                // The new site is published; the old one, left beside it, goes with the next
                // build's clean-up (this process will have ended).
            }
        }
    }

    /** Throws away what was written unless {@link #commit()} was called. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(work);
            } catch (IOException e) {
                // Left for the next build's clean-up: the published site is untouched either
                // way, and the reason the build failed is what the user must read.
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isReplaceable(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        if (Files.exists(folder.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    /**
     * Cleans up after builds that were killed: their new folders are deleted and, if one was
     * killed between the two moves of {@link #commit()}, the previous site is put back. Only
     * names that {@link Leftover} parses as this very output folder's, of a process that is no
     * longer running, are touched: never a folder of a build still running (in this process or
     * another, into this folder or a sibling such as {@code site-preview}), never a name of
     * the user's.
     */
    private static boolean recover(Path out) throws IOException {
        boolean restored = false;
        String outName = out.getFileName().toString();
        String prefix = WORK_PREFIX + outName + "-";
        // A filter, not a glob: a folder name may hold [ or {, which a glob would read as a pattern.
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
                sibling -> sibling.getFileName().toString().startsWith(prefix))) {
            for (Path sibling : siblings) {
                Optional<Leftover> leftover = Leftover.parse(outName, sibling.getFileName().toString());
                if (leftover.isEmpty() || !leftover.get().ofDeadProcess()) {
                    continue;
                }
                if (leftover.get().old() && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        move(sibling, out);
                        restored = true;
                    } catch (FileAlreadyExistsException e) {
                        deleteTree(sibling);
                    }
                } else {
                    deleteTree(sibling);
                }
            }
        }
        return restored;
    }

    /**
     * Deletes a folder and everything in it. The files go first, several at a time: removing a
     * file mostly waits on the file system (its journal, freeing blocks), so several waits overlap.
     * Then the folders,
     * deepest first, each level several at a time, since a folder must be empty to go.
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        TreeMap<Integer, List<Path>> foldersByDepth = new TreeMap<>(Comparator.reverseOrder());
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    foldersByDepth.computeIfAbsent(path.getNameCount(), depth -> new ArrayList<>()).add(path);
                } else {
                    files.add(path);
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(DELETING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "kvarter-delete");
            thread.setDaemon(true);
            return thread;
        });
        try {
            deleteAll(pool, files);
            for (List<Path> folders : foldersByDepth.values()) {
                deleteAll(pool, folders);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deletes every path, in slices run on {@code pool}, and waits for all of them. */
    private static void deleteAll(ExecutorService pool, List<Path> paths) throws IOException {
        int slice = Math.max(64, paths.size() / (4 * DELETING_THREADS) + 1);
        List<Future<?>> running = new ArrayList<>();
        for (int from = 0; from < paths.size(); from += slice) {
            List<Path> part = paths.subList(from, Math.min(paths.size(), from + slice));
            running.add(pool.submit(() -> {
                for (Path path : part) {
                    Files.deleteIfExists(path);
                }
                return null;
            }));
        }
        for (Future<?> part : running) {
            try {
                part.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while deleting", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
