package se.kvarter.content;

import java.util.List;
import java.util.Optional;
import se.kvarter.source.Position;

/**
 * A YAML value as written in a content file, with the position of its first character. Scalars
 * stay text: YAML 1.2 reads {@code no} and {@code 13:00} as strings, and kvarter decides the
 * type of a field from the field, not from how the value looks.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    Position at();

    /** What kind of value this is, for messages ("text", "list", "group of fields"). */
    String kind();

    /**
     * A scalar: its text and whether it was written without quotes. A plain empty value or
     * {@code null}/{@code ~} is {@link #isNull() null}.
     */
    record Scalar(String value, boolean plain, Position at) implements YamlNode {
        public boolean isNull() {
            return plain && (value.isEmpty() || value.equals("null") || value.equals("~")
                    || value.equals("Null") || value.equals("NULL"));
        }

        @Override
        public String kind() {
            return "scalar";
        }
    }

    /** One {@code key: value} pair of a mapping; the key keeps its own position. */
    record Entry(Scalar key, YamlNode value) {
        public String name() {
            return key.value();
        }
    }

    /** A mapping with its entries in file order. */
    record Mapping(List<Entry> entries, Position at) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> find(String name) {
            for (Entry entry : entries) {
                if (entry.name().equals(name)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** A sequence with its items in file order. */
    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "sequence";
        }
    }
}
