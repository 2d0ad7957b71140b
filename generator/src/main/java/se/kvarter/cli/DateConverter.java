package se.kvarter.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;

/**
 * {@code --date YYYY-MM-DD}. A value of that shape that is no day of the calendar (month 13,
 * 30 February) is told apart from one written another way, since the fixes differ.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate convert(String value) {
        if (!SHAPE.matcher(value).matches()) {
            throw new UsageMistake("usage.bad-date", value);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageMistake("usage.impossible-date", value);
        }
    }
}
