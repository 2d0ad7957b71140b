package se.kvarter.model;

import java.util.Locale;

/**
 * A closed set of values written in content as a code: the constant's name in lower case with
 * hyphens ({@code STEP_FREE} is written {@code step-free}).
 */
public interface Coded {

    String name();

    /** The code as communicators write it and as open data carries it. */
    default String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value whose code is {@code code}, or null. */
    static <E extends Enum<E> & Coded> E find(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
