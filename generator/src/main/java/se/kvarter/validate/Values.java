package se.kvarter.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import se.kvarter.content.YamlNode;
import se.kvarter.model.Coded;
import se.kvarter.source.Problems;

/**
 * Parses the typed values of content fields (dates, date-times, URLs, e-mail addresses, codes
 * from a closed set), reporting a value that does not parse at its position.
 */
final class Values {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()-]*");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /**
     * The years a date of the content may have. Year 0 does not exist in the calendars' format
     * and a five-digit year cannot be written in it; nor is either meant. kvarter's dates are
     * when places were checked, news published and events held: from 1900 is generous for an
     * old article, and until 2199 for a plan, while 0026 for 2026 is caught.
     */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private final Problems problems;
    private final ZoneId zone;

    Values(Problems problems, ZoneId zone) {
        this.problems = problems;
        this.zone = zone;
    }

    /** The site's time zone, in which every local date-time of the content is read. */
    ZoneId zone() {
        return zone;
    }

    /** {@code YYYY-MM-DD}. */
    LocalDate date(YamlNode.Scalar value, String label) {
        String text = value.value().strip();
        if (DATE_SHAPE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                return plausible(value, label, date.getYear()) ? date : null;
            } catch (DateTimeException e) {
                problems.add(value.at(), "value.impossible-date", label, text);
                return null;
            }
        }
        problems.add(value.at(), "value.bad-date", label, text);
        return null;
    }

    /**
     * {@code YYYY-MM-DDTHH:MM} in the site's time zone, or with an offset
     * ({@code 2026-09-02T13:00+02:00}), which is converted to the site's local time. A plain date
     * means midnight at its start.
     */
    LocalDateTime dateTime(YamlNode.Scalar value, String label) {
        String text = value.value().strip().replace(' ', 'T');
        if (DATE_SHAPE.matcher(text).matches()) {
            LocalDate date = date(value, label);
            return date == null ? null : date.atStartOfDay();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return plausible(value, label, local.getYear()) && new LocalTimes(problems, zone).exists(value, label, local)
                    ? local : null;
        } catch (DateTimeException local) {
            try {
                LocalDateTime converted = OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime();
                return plausible(value, label, converted.getYear()) ? converted : null;
            } catch (DateTimeException offset) {
                problems.add(value.at(), "value.bad-datetime", label, value.value().strip());
                return null;
            }
        }
    }

    /** Whether the year lies in {@link #FIRST_YEAR}..{@link #LAST_YEAR}; reports it when not. */
    private boolean plausible(YamlNode.Scalar value, String label, int year) {
        if (year >= FIRST_YEAR && year <= LAST_YEAR) {
            return true;
        }
        problems.add(value.at(), "value.implausible-year", label, String.valueOf(year), String.valueOf(FIRST_YEAR),
                String.valueOf(LAST_YEAR));
        return false;
    }

    /**
     * A date-time that must name its time of day: an event starts and ends at a time, and a date
     * alone would silently mean midnight.
     */
    LocalDateTime timedDateTime(YamlNode.Scalar value, String label) {
        if (DATE_SHAPE.matcher(value.value().strip()).matches()) {
            problems.add(value.at(), "value.datetime-without-time", label, value.value().strip());
            return null;
        }
        return dateTime(value, label);
    }

    /** An absolute {@code http} or {@code https} URL. */
    String url(YamlNode.Scalar value, String label) {
        String text = value.value().strip();
        if (WebAddresses.isAbsoluteHttp(text)) {
            return text;
        }
        problems.add(value.at(), "value.bad-url", label, text);
        return null;
    }

    String email(YamlNode.Scalar value, String label) {
        String text = value.value().strip();
        if (EMAIL.matcher(text).matches()) {
            return text;
        }
        problems.add(value.at(), "value.bad-email", label, text);
        return null;
    }

    /**
     * A phone number as people write it: digits, spaces, hyphens and parentheses, with a
     * leading + for a country code; 7 to 15 digits (15 is the most a number has with its
     * country code), or 3 to 6 from a 1, as Sweden's short numbers (112, 1177, 116 111). The
     * page's {@code tel:} link keeps only the digits and the +.
     */
    String phone(YamlNode.Scalar value, String label) {
        String text = value.value().strip();
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        boolean shaped = PHONE.matcher(text).matches();
        boolean shortNumber = digits >= 3 && digits <= 6 && text.startsWith("1");
        if (shaped && (digits >= 7 && digits <= 15 || shortNumber)) {
            return text;
        }
        problems.add(value.at(), "value.bad-phone", label, text);
        return null;
    }

    /** One of the codes of {@code type}, such as {@code step-free}. */
    <E extends Enum<E> & Coded> E choice(YamlNode.Scalar value, String label, Class<E> type) {
        String text = value.value().strip();
        E found = Coded.find(type, text);
        if (found != null) {
            return found;
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
        problems.add(value.at(), "value.bad-choice", label, text, String.join(", ", codes));
        return null;
    }
}
