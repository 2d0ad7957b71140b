package se.kvarter.feeds;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import se.kvarter.output.OutputFile;

/**
 * Values that two files of a build carry, each in a file of its own and as an item of a list (a
 * place in {@code places/<id>.json} and in {@code places.json}), made once per build by whichever
 * file asks first.
 *
 * <p>A one-shot build keeps each value as its JSON text, not as the value: the values are held
 * from the first place file to the list, and a thousand places with their 28 days of hours were
 * some 60,000 maps with their entries in a heap histogram of the large build, where their text is
 * one string each (bench/RESULTS.md, seventeenth round). The dev server keeps the values: its list
 * cache finds an unchanged item by its value ({@link OpenDataCache}).
 */
final class SharedJson {

    private final Json json;
    private final Map<String, Object> made;

    /**
     * @param expected how many values there will be: the map is made that large at once, since
     *                 growing it locks its bins while other threads make values in them
     */
    SharedJson(Json json, int expected) {
        this.json = json;
        this.made = new ConcurrentHashMap<>(Math.max(16, expected * 2));
    }

    /** The file at {@code path} holding the value of {@code key}: the same bytes as {@link Json#file}. */
    OutputFile file(String path, String key, Supplier<Object> make) {
        Object value = made(key, make);
        if (value instanceof Text text) {
            return new OutputFile(path, (text.json() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return json.file(path, value);
    }

    /** The value of {@code key} as an item of a list written by {@link Json#list}. */
    Object item(String key, Supplier<Object> make) {
        Object value = made(key, make);
        return value instanceof Text text ? json.nestedText(text.json(), 0) : value;
    }

    private Object made(String key, Supplier<Object> make) {
        return made.computeIfAbsent(key, k -> json.keepsValues() ? make.get() : new Text(json.text(make.get())));
    }

    /** A value's JSON text, as {@link Json#text} writes it. */
    private record Text(String json) {
    }
}
