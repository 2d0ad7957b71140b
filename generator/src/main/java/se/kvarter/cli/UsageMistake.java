package se.kvarter.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.TypeConversionException;

/**
 * A value on the command line that one of kvarter's options cannot take. Carries a message key
 * instead of a sentence, because the language of messages is known only once the whole command
 * line is read ({@code --lang} may come after the bad value); {@link UsageErrorHandler} says it.
 */
final class UsageMistake extends TypeConversionException {

    private final String key;
    // the value, then the details: the message's arguments from {1} on
    private final List<String> values;

    /**
     * @param key     a message whose {@code {0}} is the option and {@code {1}} the value
     * @param value   the value as typed
     * @param details the message's further arguments, {@code {2}} on
     */
    UsageMistake(String key, String value, String... details) {
        super(key + ": " + value);
        this.key = key;
        this.values = Stream.concat(Stream.of(value), Arrays.stream(details)).toList();
    }

    String key() {
        return key;
    }

    /** The message's arguments: the option's name, the value, then the details. */
    Object[] arguments(String option) {
        return Stream.concat(Stream.of(option), values.stream()).toArray();
    }
}
