package se.kvarter.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.kvarter.source.ContentError;
import se.kvarter.source.IoFailure;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Reads a content folder: finds its files, decodes them, splits front matter from body and
 * parses the YAML with positions. Files are read in parallel; the result is in path order.
 * Every problem found is added to {@link Problems}; files with errors are left out.
 *
 * <p>One loader remembers what it read: loading the folder again reads only the files whose
 * time or size changed (the dev server's rebuilds), and repeats the errors of the others. Told
 * which paths changed, it does not even scan the folder again, but looks at those paths only.
 */
public final class ContentLoader {

    /** One file as read: the document, or the errors that kept it from being read. */
    private record Read(SourceFile file, Optional<SourceDocument> document, List<ContentError> errors) {
    }

    private final Map<String, Read> cache = new ConcurrentHashMap<>();

    /** Larger content files are refused: a place or article is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final YamlReader yaml = new YamlReader();
    private final Reading reading;
    // The last scan of the folder, updated path by path when the changed paths are known.
    private TreeMap<String, ContentScanner.Scanned> scanned;
    private Path scannedFolder;

    /** How a file's bytes are read: the disk, or in tests a disk that refuses. */
    @FunctionalInterface
    interface Reading {
        byte[] read(Path file) throws IOException;
    }

    public ContentLoader() {
        this(Files::readAllBytes);
    }

    ContentLoader(Reading reading) {
        this.reading = reading;
    }

    public LoadedContent load(Path contentDir, Problems problems) {
        return load(contentDir, ChangedPaths.unknown(), problems);
    }

    /** Loads the folder, looking only at the {@code changed} paths when it was loaded before. */
    public LoadedContent load(Path contentDir, ChangedPaths changed, Problems problems) {
        List<SourceFile> files = scan(contentDir, changed, problems);
        // A set, not a list: retainAll asks it once per cached file (a list made this quadratic).
        cache.keySet().retainAll(files.stream().map(SourceFile::path).collect(Collectors.toSet()));
        List<Optional<SourceDocument>> documents = files.parallelStream()
                .map(file -> file.kind() == ContentKind.FILE ? Optional.<SourceDocument>empty() : read(file, problems))
                .toList();
        Map<ContentKind, List<SourceDocument>> byKind = new EnumMap<>(ContentKind.class);
        for (ContentKind kind : ContentKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
        List<SourceFile> attachments = new ArrayList<>();
        List<SourceFile> unreadable = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            if (file.kind() == ContentKind.FILE) {
                attachments.add(file);
            } else if (documents.get(i).isEmpty()) {
                unreadable.add(file);
            }
            documents.get(i).ifPresent(doc -> byKind.get(doc.file().kind()).add(doc));
        }
        boolean siteFileExists = files.stream().anyMatch(f -> f.kind() == ContentKind.SITE);
        if (!siteFileExists) {
            problems.add(Position.ofFile("site.yaml"), "file.missing-site");
        }
        return new LoadedContent(
                byKind.get(ContentKind.SITE).stream().findFirst(),
                byKind.get(ContentKind.SERVICES).stream().findFirst(),
                byKind.get(ContentKind.ORGANIZATION), byKind.get(ContentKind.PLACE),
                byKind.get(ContentKind.EVENT), byKind.get(ContentKind.NEWS), byKind.get(ContentKind.PAGE),
                attachments, unreadable);
    }

    /** Forgets every file read: a one-shot build needs the sources no more once they are validated. */
    public void forgetAll() {
        cache.clear();
        scanned = null;
        scannedFolder = null;
    }

    /** The content files in path order, with the problems of their names added to {@code problems}. */
    private List<SourceFile> scan(Path contentDir, ChangedPaths changed, Problems problems) {
        ContentScanner scanner = new ContentScanner(contentDir);
        if (scanned == null || !contentDir.equals(scannedFolder) || !changed.isKnown()
                || !changed.paths().stream().allMatch(path -> scanner.rescan(path, scanned))) {
            scanned = scanner.scan();
            scannedFolder = contentDir;
        }
        List<SourceFile> files = new ArrayList<>(scanned.size());
        for (ContentScanner.Scanned found : scanned.values()) {
            found.file().ifPresent(files::add);
            problems.addAll(found.errors());
        }
        return files;
    }

    private Optional<SourceDocument> read(SourceFile file, Problems problems) {
        Read cached = cache.get(file.path());
        if (cached == null || !cached.file().equals(file) || file.stamp().equals(SourceFile.Stamp.UNKNOWN)) {
            Problems own = new Problems();
            cached = new Read(file, readFresh(file, own), own.sorted());
            cache.put(file.path(), cached);
        }
        problems.addAll(cached.errors());
        return cached.document();
    }

    private Optional<SourceDocument> readFresh(SourceFile file, Problems problems) {
        byte[] bytes;
        try {
            if (Files.size(file.absolute()) > MAX_FILE_BYTES) {
                problems.add(Position.ofFile(file.path()), "file.too-large", String.valueOf(MAX_FILE_BYTES / (1024 * 1024)));
                return Optional.empty();
            }
            bytes = reading.read(file.absolute());
        } catch (IOException e) {
            // Not the author's mistake in the text, but the file's: reported with the others.
            problems.add(Position.ofFile(file.path()), "file.unreadable", IoFailure.reason(e));
            return Optional.empty();
        }
        Optional<String> text = TextDecoder.decode(file.path(), bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new Position(file.path(), 1, 1), "file.empty");
            return Optional.empty();
        }
        if (!file.kind().hasBody()) {
            return yaml.readMapping(file.path(), text.get(), 1, problems)
                    .map(fields -> new SourceDocument(file, fields, "", 0));
        }
        return FrontMatter.split(file.path(), text.get(), problems).flatMap(parts ->
                yaml.readMapping(file.path(), parts.yaml(), parts.yamlLine(), problems)
                        .map(fields -> new SourceDocument(file, fields, parts.body(), parts.bodyLine())));
    }
}
