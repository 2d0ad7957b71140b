package se.kvarter.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Finds the files of a content folder and reads what their names say (kind, id, language,
 * date). Names that break the rules, files in unknown places and links that leave the folder
 * are reported; such files are not read.
 */
final class ContentScanner {

    private static final Pattern NEWS_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private final Path root;
    private final Problems problems;

    ContentScanner(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    /** Every content file, sorted by path. */
    List<SourceFile> scan() {
        List<SourceFile> found = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String rel = relative(file);
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) {
                        Path target;
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            problems.add(Position.ofFile(rel), "file.broken-link");
                            return FileVisitResult.CONTINUE;
                        }
                        if (!target.startsWith(realRoot)) {
                            problems.add(Position.ofFile(rel), "file.outside-content");
                            return FileVisitResult.CONTINUE;
                        }
                        if (!Files.isRegularFile(target)) {
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    BasicFileAttributes real = attrs.isSymbolicLink() ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
                    SourceFile.Stamp stamp = new SourceFile.Stamp(real.lastModifiedTime().to(TimeUnit.NANOSECONDS), real.size());
                    classify(file, rel, stamp).ifPresent(found::add);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(SourceFile::path));
        return found;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
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
        String stem = name.substring(0, name.length() - kind.extension().length());
        String language = null;
        int dot = stem.lastIndexOf('.');
        if (dot >= 0 && LANGUAGE.matcher(stem.substring(dot + 1)).matches()) {
            language = stem.substring(dot + 1);
            stem = stem.substring(0, dot);
        }
        String nameDate = null;
        String id = stem;
        if (kind == ContentKind.NEWS) {
            Matcher dated = NEWS_DATE.matcher(stem);
            if (dated.matches()) {
                nameDate = dated.group(1);
                id = dated.group(2);
                if (!isDate(nameDate)) {
                    problems.add(Position.ofFile(rel), "file.bad-date-in-name", nameDate);
                    return Optional.empty();
                }
            }
        }
        if (!Slugs.isValid(id)) {
            String suggestion = Slugs.of(id);
            String prefix = nameDate == null ? "" : nameDate + "-";
            String suffix = (language == null ? "" : "." + language) + kind.extension();
            problems.add(Position.ofFile(rel), "file.bad-name", name,
                    suggestion.isEmpty() ? "namn" + suffix : prefix + suggestion + suffix);
            return Optional.empty();
        }
        return Optional.of(new SourceFile(rel, file, kind, id, language, nameDate, stamp));
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isReadme(String name) {
        return name.equalsIgnoreCase("README.md") || name.equalsIgnoreCase("README.txt");
    }
}
