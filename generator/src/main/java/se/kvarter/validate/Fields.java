package se.kvarter.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import se.kvarter.content.YamlNode;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Reads the fields of one YAML mapping for a validator: each accessor returns the value or
 * null/empty, and reports a missing, empty or mistyped value with its position. Unknown field
 * names are reported when the reader is made, with the closest known name as a suggestion.
 */
final class Fields {

    /** The longest name or title: two lines of a heading on a wide screen. */
    static final int NAME_LENGTH = 200;
    /**
     * Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). The marks U+200E and
     * U+200F stay allowed: Arabic text may need them, and they reverse nothing.
     */
    static final String DIRECTION_CONTROLS = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    private final YamlNode.Mapping mapping;
    private final String prefix;
    private final Problems problems;

    /**
     * @param prefix the path of this mapping in messages, such as {@code address.} (empty at the top)
     */
    Fields(YamlNode.Mapping mapping, String prefix, Problems problems, Set<String> known) {
        this.mapping = mapping;
        this.prefix = prefix;
        this.problems = problems;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.name())) {
                String suggestion = Suggestions.quoted(entry.name(), known);
                if (suggestion.isEmpty()) {
                    problems.add(entry.key().at(), "field.unknown", prefix + entry.name(),
                            String.join(", ", known.stream().sorted().toList()));
                } else {
                    problems.add(entry.key().at(), "field.unknown-did-you-mean", prefix + entry.name(), suggestion);
                }
            }
        }
    }

    Position at() {
        return mapping.at();
    }

    Problems problems() {
        return problems;
    }

    /** The field's name as shown in messages. */
    String label(String name) {
        return prefix + name;
    }

    /** Whether the field is written at all, even with an empty value. */
    boolean written(String name) {
        return mapping.find(name).isPresent();
    }

    boolean has(String name) {
        return mapping.find(name).map(e -> !isNull(e.value())).orElse(false);
    }

    Optional<YamlNode> node(String name) {
        return mapping.find(name).map(YamlNode.Entry::value).filter(v -> !isNull(v));
    }

    /** The position of a field's value, or of the mapping when the field is absent. */
    Position positionOf(String name) {
        return mapping.find(name).map(e -> e.value().at()).orElse(mapping.at());
    }

    /** A text field; null when absent. */
    String text(String name) {
        return scalar(name).map(YamlNode.Scalar::value).map(String::strip).orElse(null);
    }

    /** A text field that must be there and not empty. */
    String requiredText(String name) {
        Optional<YamlNode.Entry> entry = mapping.find(name);
        if (entry.isEmpty()) {
            problems.add(mapping.at(), "field.required", label(name));
            return null;
        }
        String value = text(name);
        if (value == null || value.isEmpty()) {
            if (entry.get().value() instanceof YamlNode.Scalar) {
                problems.add(entry.get().key().at(), "field.empty", label(name));
            }
            return null;
        }
        return value;
    }

    /**
     * A name or title that must be there: a line of at most {@link #NAME_LENGTH} characters
     * without the invisible controls that turn the direction of text ({@link #DIRECTION_CONTROLS}).
     * A name stands in headings, lists, feeds and calendars, where such a control reverses what
     * follows it and a name of a book's length buries the page.
     */
    String requiredName(String name) {
        String value = requiredText(name);
        if (value == null) {
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > NAME_LENGTH) {
            problems.add(positionOf(name), "field.too-long", label(name), String.valueOf(NAME_LENGTH), String.valueOf(length));
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (DIRECTION_CONTROLS.indexOf(value.charAt(i)) >= 0) {
                problems.add(positionOf(name), "value.direction-control", label(name),
                        String.format("U+%04X", (int) value.charAt(i)));
                return null;
            }
        }
        return value;
    }

    /** A text field of at most {@code max} characters. */
    String text(String name, int max) {
        String value = text(name);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(positionOf(name), "field.too-long", label(name), String.valueOf(max),
                    String.valueOf(value.codePointCount(0, value.length())));
        }
        return value;
    }

    /** The scalar value of a field, reporting a list or mapping where text belongs. */
    Optional<YamlNode.Scalar> scalar(String name) {
        Optional<YamlNode> node = node(name);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return Optional.of(scalar);
        }
        problems.add(node.get().at(), "field.not-text", label(name));
        return Optional.empty();
    }

    /** A field read from its scalar by {@code parser} (which reports its own errors and may return null). */
    <T> T parsed(String name, BiFunction<YamlNode.Scalar, String, T> parser) {
        return scalar(name).map(s -> parser.apply(s, label(name))).orElse(null);
    }

    boolean bool(String name, boolean absent) {
        Optional<YamlNode.Scalar> scalar = scalar(name);
        if (scalar.isEmpty()) {
            return absent;
        }
        String value = scalar.get().value();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        problems.add(scalar.get().at(), "field.not-boolean", label(name), value);
        return absent;
    }

    /** A whole number between {@code min} and {@code max}; null when absent or wrong. */
    Integer integer(String name, int min, int max) {
        Optional<YamlNode.Scalar> scalar = scalar(name);
        if (scalar.isEmpty()) {
            return null;
        }
        String value = scalar.get().value().strip();
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(scalar.get().at(), "field.out-of-range", label(name), value,
                        String.valueOf(min), String.valueOf(max));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(scalar.get().at(), "field.not-integer", label(name), value);
            return null;
        }
    }

    /**
     * The {@code nth} weekdays of the month, 1..5 from the start or -1..-5 from the end, in the
     * order written without repeats; empty without {@code nth}; null when one is wrong, reported
     * under {@code problemKey} (hours and event repeats say it in their own words).
     */
    List<Integer> nth(String problemKey) {
        List<Integer> nth = new ArrayList<>();
        boolean wrong = false;
        for (YamlNode.Scalar value : scalars("nth")) {
            String text = value.value().strip();
            Integer n = text.matches("[+-]?\\d{1,2}") ? Integer.valueOf(text.replace("+", "")) : null;
            if (n == null || n == 0 || Math.abs(n) > 5) {
                problems.add(value.at(), problemKey, label("nth"), text);
                wrong = true;
            } else if (!nth.contains(n)) {
                nth.add(n);
            }
        }
        return wrong ? null : nth;
    }

    /**
     * A field that may be one scalar or a list of scalars; each item keeps its position.
     * Empty when absent.
     */
    List<YamlNode.Scalar> scalars(String name) {
        Optional<YamlNode> node = node(name);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            return List.of(scalar);
        }
        if (node.get() instanceof YamlNode.Sequence sequence) {
            List<YamlNode.Scalar> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (item instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                    items.add(scalar);
                } else if (!(item instanceof YamlNode.Scalar)) {
                    problems.add(item.at(), "field.not-text-item", label(name));
                }
            }
            return items;
        }
        problems.add(node.get().at(), "field.not-list", label(name));
        return List.of();
    }

    /** The items of a list field whose items are mappings; empty when absent. */
    List<YamlNode.Mapping> mappings(String name) {
        Optional<YamlNode> node = node(name);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        List<YamlNode.Mapping> mappings = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Mapping mapping) {
                mappings.add(mapping);
            } else {
                problems.add(item.at(), "field.not-group-item", label(name));
            }
        }
        return mappings;
    }

    /** A nested mapping's fields, or empty when the field is absent. */
    Optional<Fields> group(String name, Set<String> known) {
        Optional<YamlNode> node = node(name);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping nested) {
            return Optional.of(new Fields(nested, label(name) + ".", problems, known));
        }
        problems.add(node.get().at(), "field.not-group", label(name));
        return Optional.empty();
    }

    /** Fields of a mapping that is an item of list {@code name}. */
    Fields item(String name, YamlNode.Mapping item, Set<String> known) {
        return new Fields(item, label(name) + ".", problems, known);
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.isNull();
    }
}
