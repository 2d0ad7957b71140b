package se.kvarter.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvarter.content.ContentKind;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.source.Problems;

/**
 * What a translation file may say. A translation changes how an entry reads, not what it is: an
 * English page with other opening hours, services or status than the Swedish one would tell
 * residents something false in one of the languages (and the lists, which are built from the
 * facts, would disagree with the pages). So a translation holds texts; the facts stay in the
 * original. Opening hours and exceptions may be repeated only to translate their notes and
 * reasons, with the same days and times.
 */
final class TranslatableFields {

    /** Fields translated whole. */
    private static final Map<ContentKind, Set<String>> TEXTS = Map.of(
            ContentKind.ORGANIZATION, Set.of("name", "description", "url"),
            ContentKind.PLACE, Set.of("name", "summary", "image"),
            ContentKind.EVENT, Set.of("title", "summary", "image", "registration"),
            ContentKind.NEWS, Set.of("title", "summary", "author", "image", "attachments"),
            ContentKind.PAGE, Set.of("title", "summary"));

    /** Groups of which only some fields are texts. */
    private static final Map<ContentKind, Map<String, Set<String>>> GROUPS = Map.of(
            ContentKind.PLACE, Map.of("address", Set.of("detail"), "accessibility", Set.of("notes"),
                    "contact", Set.of("website", "form")),
            ContentKind.EVENT, Map.of("location", Set.of("name", "detail")));

    /** Lists that may be repeated to translate the texts in their items, the rest unchanged. */
    private static final Map<ContentKind, Map<String, Set<String>>> LISTS = Map.of(
            ContentKind.PLACE, Map.of("hours", Set.of("note"), "exceptions", Set.of("reason")));

    private final Problems problems;

    TranslatableFields(Problems problems) {
        this.problems = problems;
    }

    /**
     * Reports every field of {@code translation} that is not a text and returns the translation
     * without them, so that the entry is validated with the original's facts.
     */
    YamlNode.Mapping texts(SourceDocument translation, SourceDocument original) {
        ContentKind kind = translation.file().kind();
        Set<String> texts = TEXTS.getOrDefault(kind, Set.of());
        Map<String, Set<String>> groups = GROUPS.getOrDefault(kind, Map.of());
        Map<String, Set<String>> lists = LISTS.getOrDefault(kind, Map.of());
        String originalPath = original.file().path();
        List<YamlNode.Entry> kept = new ArrayList<>();
        for (YamlNode.Entry entry : translation.fields().entries()) {
            String name = entry.name();
            if (texts.contains(name) || !isKnown(kind, name)) {
                kept.add(entry); // an unknown field gets its "did you mean" from the validator
            } else if (groups.containsKey(name) && entry.value() instanceof YamlNode.Mapping group) {
                kept.add(new YamlNode.Entry(entry.key(), group(name, group, groups.get(name), originalPath)));
            } else if (lists.containsKey(name)) {
                Optional<YamlNode> before = original.fields().find(name).map(YamlNode.Entry::value);
                if (before.isPresent() && sameApartFrom(before.get(), entry.value(), lists.get(name))) {
                    kept.add(entry);
                } else {
                    problems.add(entry.key().at(), "translation.facts-differ", name,
                            String.join(", ", lists.get(name)), originalPath);
                }
            } else {
                problems.add(entry.key().at(), "translation.not-translatable", name, originalPath);
            }
        }
        return new YamlNode.Mapping(kept, translation.fields().at());
    }

    private YamlNode.Mapping group(String name, YamlNode.Mapping group, Set<String> texts, String originalPath) {
        List<YamlNode.Entry> kept = new ArrayList<>();
        for (YamlNode.Entry part : group.entries()) {
            if (texts.contains(part.name())) {
                kept.add(part);
            } else {
                problems.add(part.key().at(), "translation.not-translatable", name + "." + part.name(), originalPath);
            }
        }
        return new YamlNode.Mapping(kept, group.at());
    }

    private static boolean isKnown(ContentKind kind, String name) {
        Set<String> fields = switch (kind) {
            case ORGANIZATION -> OrganizationValidator.FIELDS;
            case PLACE -> PlaceValidator.FIELDS;
            case EVENT -> EventValidator.FIELDS;
            case NEWS -> NewsValidator.FIELDS;
            case PAGE -> PageValidator.FIELDS;
            default -> Set.of();
        };
        return fields.contains(name);
    }

    /** Whether two values say the same apart from the fields named {@code texts}, wherever they are. */
    static boolean sameApartFrom(YamlNode a, YamlNode b, Set<String> texts) {
        if (a instanceof YamlNode.Scalar x && b instanceof YamlNode.Scalar y) {
            return x.isNull() == y.isNull() && (x.isNull() || x.value().equals(y.value()));
        }
        if (a instanceof YamlNode.Sequence x && b instanceof YamlNode.Sequence y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!sameApartFrom(x.items().get(i), y.items().get(i), texts)) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof YamlNode.Mapping x && b instanceof YamlNode.Mapping y) {
            Set<String> names = factNames(x, texts);
            return names.equals(factNames(y, texts)) && names.stream().allMatch(name ->
                    sameApartFrom(x.find(name).orElseThrow().value(), y.find(name).orElseThrow().value(), texts));
        }
        return false;
    }

    private static Set<String> factNames(YamlNode.Mapping mapping, Set<String> texts) {
        return mapping.entries().stream().map(YamlNode.Entry::name).filter(name -> !texts.contains(name))
                .collect(Collectors.toSet());
    }
}
