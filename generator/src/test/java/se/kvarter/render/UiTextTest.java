package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import se.kvarter.TestSites;

/**
 * The interface texts of {@code templates/i18n/}: every language has every text of the default
 * language (Swedish), no more, and keeps its {@code {placeholders}}, so that no page falls back to
 * Swedish words mid-sentence or shows a placeholder unfilled.
 */
class UiTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]+}");

    static Stream<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(TestSites.templates().resolve("i18n"))) {
            return files.map(f -> f.getFileName().toString().replace(".yaml", ""))
                    .filter(l -> !l.equals("sv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyLanguageHasTheTextsOfSwedishAndNoOthers(String language) throws IOException {
        assertEquals(texts("sv").keySet(), texts(language).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void everyTextKeepsItsPlaceholders(String language) throws IOException {
        Map<String, String> swedish = texts("sv");
        Map<String, String> translated = texts(language);
        Map<String, Set<String>> differing = new TreeMap<>();
        swedish.forEach((key, text) -> {
            if (translated.containsKey(key) && !placeholders(text).equals(placeholders(translated.get(key)))) {
                differing.put(key, placeholders(translated.get(key)));
            }
        });
        assertEquals(Map.of(), differing);
    }

    @Test
    void arabicHasItsOwnWordsAndComma() {
        assertTrue(Files.exists(TestSites.templates().resolve("i18n/ar.yaml")), "Arabic proves that right to left works");
        UiText arabic = UiText.load(TestSites.templates(), "ar", "sv");
        assertEquals("الأماكن", arabic.get("nav.places"));
        assertEquals("، ", arabic.comma());
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** A language file's texts by dotted key ({@code place.hours}). */
    private static Map<String, String> texts(String language) throws IOException {
        Object loaded = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(TestSites.templates().resolve("i18n/" + language + ".yaml")));
        Map<String, String> texts = new TreeMap<>();
        flatten("", loaded, texts);
        return texts;
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else {
            into.put(prefix, String.valueOf(node));
        }
    }
}
