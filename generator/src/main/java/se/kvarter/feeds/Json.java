package se.kvarter.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.output.OutputFile;

/**
 * Writes open-data JSON the same way every time: fields in the order they were put, two-space
 * indentation, {@code \n} line ends, a final newline, and absent values left out rather than
 * written as {@code null}.
 */
final class Json {

    private final ObjectWriter writer;

    Json(ObjectMapper mapper) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = mapper.writer(printer);
    }

    /** An object whose {@code put} skips null values and empty optional lists. */
    static final class Obj extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        Obj with(String key, Object value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }

        /** Adds a list only when it has items. */
        Obj withList(String key, List<?> values) {
            if (values != null && !values.isEmpty()) {
                put(key, values);
            }
            return this;
        }
    }

    static Obj obj() {
        return new Obj();
    }

    OutputFile file(String path, Object value) {
        try {
            return new OutputFile(path, (writer.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + path, e);
        }
    }

    String text(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
