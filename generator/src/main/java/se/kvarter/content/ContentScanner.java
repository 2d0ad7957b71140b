package se.kvarter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Finds the files of a content folder and reads what their names say (kind, id, language,
 * date). Names that break the rules, files in unknown places and links that leave the folder
 * are reported; such files are not read.
 */
final class ContentScanner {

    /**
     * What the scan found at one path: the content file, or nothing (a README, a file in a
     * place no content goes), and the problems of its name.
     */
    record Scanned(Optional<SourceFile> file, List<ContentError> errors) {
    }

    private final Path root;

    ContentScanner(Path root) {
        this.root = root;
    }

    /** Every file of the folder by its relative path, in path order (dot files and folders left out). */
    TreeMap<String, Scanned> scan() {
        TreeMap<String, Scanned> found = new TreeMap<>();
        Path realRoot = realRoot();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!file.getFileName().toString().startsWith(".")) {
                        String rel = relative(file);
                        visit(file, rel, attrs, realRoot).ifPresent(scanned -> found.put(rel, scanned));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Scans one changed path again, updating {@code found}; false when the change needs a scan of
     * the whole folder (a folder or a link was added, removed or changed).
     */
    boolean rescan(Path changed, TreeMap<String, Scanned> found) {
        Path absolute = changed.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return true; // not content (a template): nothing to scan
        }
        String rel = base.relativize(absolute).toString().replace('\\', '/');
        Path file = root.resolve(rel); // as a scan names it
        for (String segment : rel.split("/")) {
            if (segment.startsWith(".")) {
                return true; // an editor's swap file or a hidden folder, which a scan leaves out too
            }
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            // Removed. A removed folder takes its files along, which only a whole scan sees.
            boolean wasFile = found.remove(rel) != null;
            return wasFile || found.subMap(rel + "/", rel + "0").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!attrs.isRegularFile()) {
            return false;
        }
        try {
            visit(file, rel, attrs, realRoot()).ifPresentOrElse(scanned -> found.put(rel, scanned), () -> found.remove(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file found by a scan: followed when a link, then classified by its name. */
    private Optional<Scanned> visit(Path file, String rel, BasicFileAttributes attrs, Path realRoot) throws IOException {
        Problems problems = new Problems();
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                problems.add(Position.ofFile(rel), "file.broken-link");
                return Optional.of(new Scanned(Optional.empty(), problems.sorted()));
            }
            if (!target.startsWith(realRoot)) {
                problems.add(Position.ofFile(rel), "file.outside-content");
                return Optional.of(new Scanned(Optional.empty(), problems.sorted()));
            }
            if (!Files.isRegularFile(target)) {
                return Optional.empty();
            }
        } else if (!attrs.isRegularFile()) {
            return Optional.empty();
        }
        BasicFileAttributes real = attrs.isSymbolicLink() ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
        SourceFile.Stamp stamp = new SourceFile.Stamp(real.lastModifiedTime().to(TimeUnit.NANOSECONDS), real.size());
        Optional<SourceFile> classified = new Names(problems).classify(file, rel, stamp);
        return Optional.of(new Scanned(classified, problems.sorted()));
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Reads what a file's name says, reporting names that break the rules. */
    private static final class Names {

        private static final Pattern CAPITAL_LANGUAGE = Pattern.compile("(.+)\\.([A-Za-z]{2,3})");

        private final Problems problems;

        Names(Problems problems) {
            this.problems = problems;
        }

        private Optional<SourceFile> classify(Path file, String rel, SourceFile.Stamp stamp) {
            String[] parts = rel.split("/");
            String name = parts[parts.length - 1];
            if (parts.length == 1) {
                return switch (name) {
                    case "site.yaml" -> Optional.of(new SourceFile(rel, file, ContentKind.SITE, "site", null, null, stamp));
                    case "services.yaml" -> Optional.of(new SourceFile(rel, file, ContentKind.SERVICES, "services", null, null, stamp));
                    default -> {
                        if (!isReadme(name)) {
                            problems.add(Position.ofFile(rel), "file.unknown-place", rel);
                        }
                        yield Optional.empty();
                    }
                };
            }
            ContentKind kind = ContentKind.ofFolder(parts[0]);
            if (kind == ContentKind.FILE) {
                return Optional.of(new SourceFile(rel, file, ContentKind.FILE, rel, null, null, stamp));
            }
            if (kind == null || parts.length > 2) {
                if (!isReadme(name)) {
                    problems.add(Position.ofFile(rel), "file.unknown-place", rel);
                }
                return Optional.empty();
            }
            if (isReadme(name)) {
                return Optional.empty();
            }
            return named(file, rel, kind, name, stamp);
        }

        private Optional<SourceFile> named(Path file, String rel, ContentKind kind, String name, SourceFile.Stamp stamp) {
            if (!name.endsWith(kind.extension())) {
                problems.add(Position.ofFile(rel), "file.wrong-extension", kind.folder(), kind.extension());
                return Optional.empty();
            }
            EntryName parsed = EntryName.of(kind, name.substring(0, name.length() - kind.extension().length()));
            String language = parsed.language();
            String nameDate = parsed.date();
            String id = parsed.id();
            if (!parsed.hasValidDate()) {
                problems.add(Position.ofFile(rel), "file.bad-date-in-name", nameDate);
                return Optional.empty();
            }
            if (!Slugs.isValid(id)) {
                String slug = Slugs.of(id);
                // kallaren.EN.md is a translation with its language code in capitals: kallaren.en.md
                Matcher capitals = CAPITAL_LANGUAGE.matcher(id);
                if (language == null && capitals.matches()) {
                    slug = Slugs.of(capitals.group(1));
                    language = capitals.group(2).toLowerCase(Locale.ROOT);
                }
                String prefix = nameDate == null ? "" : nameDate + "-";
                String suffix = (language == null ? "" : "." + language) + kind.extension();
                String suggestion = slug.isEmpty() ? "namn" + suffix : prefix + slug + suffix;
                if (isAnotherFile(file, suggestion)) {
                    // Renaming as told would overwrite that file (the GitHub editor just refuses).
                    String free = suggestion;
                    for (int n = 2; isAnotherFile(file, free); n++) {
                        free = prefix + (slug.isEmpty() ? "namn" : slug) + "-" + n + suffix;
                    }
                    problems.add(Position.ofFile(rel), "file.bad-name-taken", name, suggestion, free);
                } else {
                    problems.add(Position.ofFile(rel), "file.bad-name", name, suggestion);
                }
                return Optional.empty();
            }
            return Optional.of(new SourceFile(rel, file, kind, id, language, nameDate, stamp));
        }

        /**
         * Whether a file named {@code sibling} exists beside {@code file} and is not {@code file}
         * itself (on a file system that ignores letter case, {@code Kallaren.md} is {@code kallaren.md}).
         */
        private static boolean isAnotherFile(Path file, String sibling) {
            Path other = file.resolveSibling(sibling);
            try {
                return Files.exists(other, LinkOption.NOFOLLOW_LINKS) && !Files.isSameFile(file, other);
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean isReadme(String name) {
            return name.equalsIgnoreCase("README.md") || name.equalsIgnoreCase("README.txt");
        }
    }
}
