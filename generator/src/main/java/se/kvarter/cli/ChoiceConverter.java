package se.kvarter.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;

/**
 * A value from a short list of words ({@code text|github|json}, {@code sv|en}), in any case:
 * like language codes, none of them means something else in capitals. Anything else is a
 * {@link UsageMistake} that lists the choices.
 */
abstract class ChoiceConverter<T> implements ITypeConverter<T> {

    private final Map<String, T> choices = new LinkedHashMap<>();
    private final String mistake;

    /** @param words the choices in the order they are listed, each converted by {@code value} */
    ChoiceConverter(Iterable<String> words, Function<String, T> value) {
        this("usage.bad-choice", words, value);
    }

    /**
     * @param mistake the message for a value that is none of the words: {@code {1}} the value,
     *                {@code {2}} the choices
     */
    ChoiceConverter(String mistake, Iterable<String> words, Function<String, T> value) {
        this.mistake = mistake;
        for (String word : words) {
            choices.put(word.toLowerCase(Locale.ROOT), value.apply(word));
        }
    }

    @Override
    public T convert(String text) {
        T found = choices.get(text.toLowerCase(Locale.ROOT));
        if (found == null) {
            throw new UsageMistake(mistake, text, String.join(", ", choices.keySet()));
        }
        return found;
    }

    /** The choices of an enum, by the names of its constants. */
    static <E extends Enum<E>> Iterable<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
