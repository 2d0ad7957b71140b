package se.kvarter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import se.kvarter.source.Position;

/**
 * The interface's words in one language, from {@code templates/i18n/<language>.yaml}: nested
 * groups of texts that templates read as {@code t.place.hours}. A language's file may leave out
 * texts; they come from the default language's file.
 */
public final class UiText {

    private final String language;
    private final Map<String, Object> texts;
    private final Map<String, String> found = new ConcurrentHashMap<>();

    private UiText(String language, Map<String, Object> texts) {
        this.language = language;
        this.texts = texts;
    }

    /**
     * Loads {@code language}, falling back to {@code fallback} text by text.
     *
     * @throws TemplateFailure when the default language's file is missing or a file is not valid YAML
     */
    public static UiText load(Path templates, String language, String fallback) {
        Map<String, Object> base = read(templates, fallback, true);
        Map<String, Object> texts = language.equals(fallback) ? base : merge(base, read(templates, language, false));
        return new UiText(language, texts);
    }

    public String language() {
        return language;
    }

    /** The texts as nested maps, for templates. */
    public Map<String, Object> texts() {
        return texts;
    }

    /** One text by its dotted path ({@code place.hours}); the path itself when missing. */
    public String get(String path) {
        // templates ask for the same few hundred texts on every page
        return found.computeIfAbsent(path, this::find);
    }

    private String find(String path) {
        Object node = texts;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                return path;
            }
            node = map.get(part);
        }
        return String.valueOf(node);
    }

    /**
     * What separates the items of a list, space included: {@code ", "}, in Arabic {@code "، "}.
     * Templates folders made before the text existed get the comma.
     */
    public String comma() {
        String comma = get("site.comma");
        return comma.equals("site.comma") ? ", " : comma;
    }

    /**
     * How the last item of a list is joined to the others ({@code "{items} och {last}"}); null
     * in templates folders made before the text existed, whose lists keep the comma.
     */
    public String and() {
        String and = get("site.and");
        return and.equals("site.and") ? null : and;
    }

    /** A text with {@code {name}} placeholders filled in. */
    public String format(String path, Map<String, String> values) {
        String text = get(path);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path templates, String language, boolean required) {
        Path file = templates.resolve("i18n").resolve(language + ".yaml");
        String shown = templates.toAbsolutePath().normalize().getFileName() + "/i18n/" + language + ".yaml";
        if (!Files.exists(file)) {
            if (required) {
                throw new TemplateFailure(Position.ofFile(shown), "the interface texts of the default language are missing", null);
            }
            return Map.of();
        }
        try {
            Object loaded = new Load(LoadSettings.builder().setLabel(shown).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            if (loaded instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new TemplateFailure(Position.ofFile(shown), "the file must be a mapping of texts", null);
        } catch (MarkedYamlEngineException e) {
            Position at = e.getProblemMark()
                    .map(m -> new Position(shown, m.getLine() + 1, m.getColumn() + 1))
                    .orElse(Position.ofFile(shown));
            throw new TemplateFailure(at, e.getProblem(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        for (Map.Entry<String, Object> entry : overlay.entrySet()) {
            Object under = merged.get(entry.getKey());
            merged.put(entry.getKey(), under instanceof Map<?, ?> u && entry.getValue() instanceof Map<?, ?> o
                    ? merge((Map<String, Object>) u, (Map<String, Object>) o) : entry.getValue());
        }
        return merged;
    }
}
