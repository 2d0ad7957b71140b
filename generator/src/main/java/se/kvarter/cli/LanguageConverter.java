package se.kvarter.cli;

import java.util.List;
import java.util.Locale;

/** {@code --lang}: the languages kvarter has messages in, as lowercase codes. */
final class LanguageConverter extends ChoiceConverter<String> {

    LanguageConverter() {
        super(List.of("sv", "en"), code -> code.toLowerCase(Locale.ROOT));
    }
}
