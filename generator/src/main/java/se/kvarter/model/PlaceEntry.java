package se.kvarter.model;

import java.util.List;
import java.util.Set;
import se.kvarter.source.Position;

/**
 * How a place is written in the content rather than what it says: its file and edition, whether it
 * is a draft, and the old addresses that still lead to it.
 *
 * @param aliases      old addresses of its page, oldest first ({@code platser/<old>/} for a renamed place)
 * @param draft        whether it is left out of the published site
 * @param language     the language its text is written in
 * @param untranslated the texts ({@code body}, field names) a translation left in the main language
 * @param source       where its facts are written in its file, for the notices of {@code check}
 * @param at           where its fields start in its file
 */
public record PlaceEntry(List<String> aliases, boolean draft, String language, Set<String> untranslated,
                         PlaceSource source, Position at) {

    public PlaceEntry {
        aliases = List.copyOf(aliases);
        untranslated = Set.copyOf(untranslated);
    }
}
