package se.kvarter.feeds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import se.kvarter.output.OutputFile;

/**
 * Writes open-data JSON the same way every time: fields in the order they were put, two-space
 * indentation, {@code \n} line ends, a final newline, and absent values left out rather than
 * written as {@code null} (except where outputs.md names a field on every object).
 */
public final class Json {

    private static final Pattern INDENT = Pattern.compile("(?m)^");

    private final ObjectWriter writer;
    private final OpenDataCache cache;

    Json(ObjectMapper mapper) {
        this(mapper, OpenDataCache.forOneBuild());
    }

    Json(ObjectMapper mapper, OpenDataCache cache) {
        this.cache = cache;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = mapper.writer(printer);
    }

    /** An object whose {@code put} skips null values and empty optional lists. */
    public static final class Obj extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        public Obj with(String key, Object value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }

        /** Adds the value, {@code null} too: for a field the contract names on every object. */
        public Obj always(String key, Object value) {
            put(key, value);
            return this;
        }

        /** Adds a list only when it has items. */
        public Obj withList(String key, List<?> values) {
            if (values != null && !values.isEmpty()) {
                put(key, values);
            }
            return this;
        }
    }

    public static Obj obj() {
        return new Obj();
    }

    public OutputFile file(String path, Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && cache.keepsJson()) {
            return new OutputFile(path, (list(list) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return list(path, List.of(value), item -> item, false);
    }

    /**
     * A JSON array of {@code items}, each turned into its JSON value only when it is written, so
     * that a list of 9,000 news articles never exists as 9,000 objects, or as text, at once: the
     * file is encoded straight to its bytes. The same bytes as {@link #file(String, Object)} of
     * the whole list.
     */
    public <T> OutputFile list(String path, List<T> items, Function<T, Object> toJson) {
        if (items.isEmpty() || cache.keepsJson()) {
            return file(path, items.stream().map(toJson).toList());
        }
        return list(path, items, toJson, true);
    }

    private <T> OutputFile list(String path, List<T> items, Function<T, Object> toJson, boolean array) {
        ByteChunks out = new ByteChunks();
        try (SequenceWriter sequence = writer.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            sequence.init(array);
            for (T item : items) {
                sequence.write(toJson.apply(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
        out.write('\n');
        return OutputFile.ofParts(path, out.parts());
    }

    /**
     * {@code value} written once as text to stand {@code depth} levels deep in an item of a file's
     * list: the same bytes there as the value itself would give, for a value that a file repeats
     * many times (a location nested in every service given there). Items kept from build to build
     * are written at the list's level and indented by one afterwards (see {@link #list(List)}),
     * others in place. The text keeps its UTF-8 bytes once they are first written, so that each
     * later copy is a copy of bytes, not another encoding of the characters.
     */
    public RawValue nestedInItems(Object value, int depth) {
        return nestedText(text(value), depth);
    }

    /** {@link #nestedInItems} of the value whose {@link #text} is {@code text}. */
    public RawValue nestedText(String text, int depth) {
        int levels = cache.keepsJson() ? depth : depth + 1;
        return new RawValue(new Utf8Text(levels == 0 ? text : text.replace("\n", "\n" + "  ".repeat(levels))));
    }

    /**
     * A text whose UTF-8 bytes are made when it is made, by the JDK's encoder: Jackson's own
     * encodes it a character at a time, slow under C1 (the build's compiler), and the texts
     * nested this way are large (a location with a year of schedules, in every service given
     * there). A lone surrogate becomes {@code ?}, as in every other file the build writes.
     */
    private static final class Utf8Text extends SerializedString {
        private static final long serialVersionUID = 1L;

        Utf8Text(String text) {
            super(text);
            _unquotedUTF8Ref = text.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Whether list items are found again by their value from build to build (the dev server). */
    boolean keepsValues() {
        return cache.keepsJson();
    }

    /** The value as JSON text, as it stands alone in a file (without the final line break). */
    public String text(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A list written item by item, each item's text reused from the last build when the item is
     * equal: the same text as {@link #text(Object)} of the whole list. Jackson escapes line breaks
     * inside strings, so every line break in an item's text is indentation, and indenting each
     * line by one level puts the item where the whole list would have it.
     */
    private String list(List<?> list) {
        StringBuilder out = new StringBuilder("[");
        String separator = "\n";
        for (Object item : list) {
            out.append(separator).append(cache.item(item, value -> INDENT.matcher(text(value)).replaceAll("  ")));
            separator = ",\n";
        }
        return out.append("\n]").toString();
    }
}
