package se.kvarter.hours;

import java.time.LocalDate;
import java.util.Map;

/**
 * A public holiday or a de-facto closed eve on a date.
 *
 * @param id    a stable code such as {@code midsummer-eve}
 * @param names the name per language code ({@code sv}, {@code en})
 * @param eve   true for midsommarafton, julafton and nyårsafton, which are not public holidays by law
 */
public record Holiday(LocalDate date, String id, Map<String, String> names, boolean eve) {

    public Holiday {
        names = Map.copyOf(names);
    }

    /** The name in {@code language}, else the Swedish one. */
    public String name(String language) {
        return names.getOrDefault(language, names.get("sv"));
    }
}
