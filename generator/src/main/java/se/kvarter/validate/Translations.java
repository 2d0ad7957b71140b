package se.kvarter.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.kvarter.content.LoadedContent;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.SourceFile;
import se.kvarter.content.YamlNode;
import se.kvarter.model.SiteSettings;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Translation files ({@code places/kallaren.en.md}) and how an entry reads in a language: the
 * translation's fields laid over the original's (a nested group is merged field by field, a
 * list is replaced whole) and the translation's body when it has one. A translation holds
 * texts only ({@link TranslatableFields}).
 */
final class Translations {

    private final Map<String, SourceDocument> byKey = new HashMap<>();
    /** The fields of each translation that it may change (the file as read is kept for identity). */
    private final Map<SourceDocument, YamlNode.Mapping> texts = new IdentityHashMap<>();

    Translations(LoadedContent content, SiteSettings settings, Problems problems) {
        List<SourceDocument> all = Stream.of(content.organizations(), content.places(), content.events(),
                content.news(), content.pages()).flatMap(List::stream).toList();
        Map<String, SourceDocument> originals = new HashMap<>();
        for (SourceDocument document : all) {
            if (!document.file().isTranslation()) {
                originals.put(key(document.file().kind().name(), document.id(), ""), document);
            }
        }
        Set<String> unreadOriginals = content.unreadable().stream().filter(file -> !file.isTranslation())
                .map(file -> key(file.kind().name(), file.id(), "")).collect(Collectors.toSet());
        boolean siteRead = content.site().isPresent();
        TranslatableFields translatable = new TranslatableFields(problems);
        for (SourceDocument document : all) {
            SourceFile file = document.file();
            if (!file.isTranslation()) {
                continue;
            }
            String originalKey = key(file.kind().name(), file.id(), "");
            if (file.language().equals(settings.language()) || !settings.languages().contains(file.language())) {
                // Without a site.yaml that could be read, the site's languages are not known.
                if (siteRead) {
                    problems.add(Position.ofFile(file.path()), "translation.unknown-language", file.language(),
                            String.join(", ", settings.languages()));
                }
            } else if (!originals.containsKey(originalKey)) {
                // An original that could not be read has its own error; the translation's is not one.
                if (!unreadOriginals.contains(originalKey)) {
                    problems.add(Position.ofFile(file.path()), "translation.no-original", file.id());
                }
            } else {
                SourceDocument original = originals.get(key(file.kind().name(), file.id(), ""));
                byKey.put(key(file.kind().name(), file.id(), file.language()), document);
                texts.put(document, translatable.texts(document, original));
            }
        }
    }

    /** The translation of an entry into {@code language}, or null. */
    SourceDocument translation(SourceDocument original, String language) {
        return byKey.get(key(original.file().kind().name(), original.id(), language));
    }

    /** The entry as it reads in {@code language}: the original itself when there is no translation. */
    SourceDocument in(SourceDocument original, String language) {
        SourceDocument translation = byKey.get(key(original.file().kind().name(), original.id(), language));
        if (translation == null) {
            return original;
        }
        YamlNode.Mapping fields = merge(original.fields(), texts.get(translation));
        boolean ownBody = !translation.body().isBlank();
        SourceFile base = ownBody ? translation.file() : original.file();
        SourceFile file = new SourceFile(base.path(), base.absolute(), base.kind(), original.id(), language,
                original.file().nameDate(), base.stamp());
        return ownBody
                ? new SourceDocument(file, fields, translation.body(), translation.bodyLine())
                : new SourceDocument(file, fields, original.body(), original.bodyLine());
    }

    private static YamlNode.Mapping merge(YamlNode.Mapping base, YamlNode.Mapping overlay) {
        List<YamlNode.Entry> entries = new ArrayList<>();
        for (YamlNode.Entry entry : base.entries()) {
            YamlNode value = overlay.find(entry.name())
                    .map(over -> over.value() instanceof YamlNode.Mapping o && entry.value() instanceof YamlNode.Mapping b
                            ? merge(b, o) : over.value())
                    .orElse(entry.value());
            entries.add(new YamlNode.Entry(entry.key(), value));
        }
        for (YamlNode.Entry entry : overlay.entries()) {
            if (base.find(entry.name()).isEmpty()) {
                entries.add(entry);
            }
        }
        return new YamlNode.Mapping(entries, base.at());
    }

    private static String key(String kind, String id, String language) {
        return kind + "/" + id + "/" + language;
    }
}
