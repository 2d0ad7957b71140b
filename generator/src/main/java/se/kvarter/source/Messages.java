package se.kvarter.source;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The sentences kvarter says to people, in Swedish or English. Sentences live in
 * {@code messages_sv.properties} and {@code messages_en.properties} beside this class and are
 * {@link MessageFormat} patterns.
 */
public final class Messages {

    private static final String BUNDLE = "se.kvarter.source.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages in the given language: {@code sv} (the default) or {@code en}. */
    public static Messages forLanguage(String language) {
        return new Messages("en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The sentence for a key with its arguments filled in. */
    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message for key " + key, e);
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Phrase phrase ? format(phrase.key()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /** Every message key, for the test that each has a fixture. */
    public Set<String> keys() {
        return bundle.keySet();
    }
}
