package se.kvarter.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.source.Position;

/**
 * Finds where in a content file a value seen on a built page was written, so that a broken link
 * or a missing alt text is reported on the line the communicator can change, not in generated
 * HTML they never see. A value that cannot be found leaves the problem at the page.
 */
final class SourceLocator {

    private static final SourceLocator NONE = new SourceLocator(null);

    private final Path contentRoot;
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    private SourceLocator(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    static SourceLocator in(Path contentRoot) {
        return contentRoot == null ? NONE : new SourceLocator(contentRoot);
    }

    /** The first place in {@code file} where one of {@code values} is written, trying them in order. */
    Optional<Position> find(String file, List<String> values) {
        return text(file).flatMap(text -> values.stream()
                .filter(value -> value != null && !value.isEmpty())
                .map(value -> position(file, text, text.indexOf(value)))
                .flatMap(Optional::stream)
                .findFirst());
    }

    /**
     * Where in {@code file} one of {@code urls} is written as the destination of a link (a
     * Markdown link or reference definition, an {@code href} or {@code src} of HTML), trying
     * them in order; a value starting with {@code #} may end a longer destination
     * ({@code place:x#anchor}). Never the same text elsewhere, such as a summary that mentions
     * the address: the report must point at the link.
     */
    Optional<Position> findLink(String file, List<String> urls) {
        return text(file).flatMap(text -> urls.stream()
                .filter(url -> url != null && !url.isEmpty())
                .map(url -> {
                    Matcher matcher = destination(url).matcher(text);
                    if (!matcher.find()) {
                        return Optional.<Position>empty();
                    }
                    int group = matcher.start(1) >= 0 ? 1 : matcher.start(2) >= 0 ? 2 : 3;
                    return position(file, text, matcher.start(group));
                })
                .flatMap(Optional::stream)
                .findFirst());
    }

    private static Pattern destination(String url) {
        String value = Pattern.quote(url);
        String before = url.startsWith("#") ? "[^\\s()<>\"']*?" : "";
        return Pattern.compile(
                "\\]\\(\\s*<?" + before + "(" + value + ")(?=[\\s)>])"               // [text](url "title")
                + "|^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*<?" + before + "(" + value + ")(?=[\\s>]|$)" // [ref]: url
                + "|\\b(?:href|src)\\s*=\\s*[\"']?" + before + "(" + value + ")(?=[\"'\\s>])",   // <a href="url">
                Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    }

    /** The first place in {@code file} that matches {@code pattern}. */
    Optional<Position> find(String file, Pattern pattern) {
        return text(file).flatMap(text -> {
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? position(file, text, matcher.start()) : Optional.empty();
        });
    }

    private Optional<String> text(String file) {
        if (contentRoot == null || file == null) {
            return Optional.empty();
        }
        String text = texts.computeIfAbsent(file, this::read);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private String read(String file) {
        Path path = contentRoot.resolve(file).normalize();
        if (!path.startsWith(contentRoot.normalize())) {
            return "";
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return ""; // the page stays the place of the report
        }
    }

    private static Optional<Position> position(String file, String text, int offset) {
        if (offset < 0) {
            return Optional.empty();
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new Position(file, line, text.codePointCount(lineStart, offset) + 1));
    }
}
