package se.kvarter.validate;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.kvarter.content.ContentKind;
import se.kvarter.content.LoadedContent;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.SourceFile;
import se.kvarter.content.YamlNode;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.Service;

/**
 * Every id of the content by kind, and whether the entry is published in this build, known
 * before any entry is validated so that references can be checked where they are written.
 */
final class ContentIndex {

    /** What a reference points at. */
    enum Target {
        PLACE("place"), EVENT("event"), NEWS("news"), PAGE("page"), ORGANIZATION("organization"), SERVICE("service");

        private final String scheme;

        Target(String scheme) {
            this.scheme = scheme;
        }

        /** The prefix of a Markdown link to this kind: {@code place} in {@code place:kallaren}. */
        String scheme() {
            return scheme;
        }

        /** The message phrase naming this kind ("the place"). */
        String phrase() {
            return "kind." + scheme;
        }

        static Target ofScheme(String scheme) {
            for (Target target : values()) {
                if (target.scheme.equals(scheme) && target != SERVICE && target != ORGANIZATION) {
                    return target;
                }
            }
            return null;
        }
    }

    /**
     * What an entry's file says about when it is published, read leniently (a broken value is
     * reported when the entry itself is validated).
     */
    record Facts(boolean draft, LocalDateTime publishDate) {

        static Facts of(SourceDocument document) {
            return new Facts(ContentIndex.isDraft(document), ContentIndex.publishDate(document));
        }
    }

    private final Map<Target, Map<String, Boolean>> published = new EnumMap<>(Target.class);

    ContentIndex(LoadedContent content, List<Service> services, ReferenceTime now, boolean drafts) {
        this(content, services, now, drafts, Facts::of);
    }

    /** @param facts the facts of a document, perhaps remembered from an earlier build of the same document */
    ContentIndex(LoadedContent content, List<Service> services, ReferenceTime now, boolean drafts,
                 Function<SourceDocument, Facts> facts) {
        put(Target.PLACE, content.places(), now, drafts, facts);
        put(Target.EVENT, content.events(), now, drafts, facts);
        put(Target.NEWS, content.news(), now, drafts, facts);
        put(Target.PAGE, content.pages(), now, drafts, facts);
        put(Target.ORGANIZATION, content.organizations(), now, drafts, facts);
        // A file that could not be read has its own error; references to it are not mistakes too.
        for (SourceFile file : content.unreadable()) {
            Target target = switch (file.kind()) {
                case PLACE -> Target.PLACE;
                case EVENT -> Target.EVENT;
                case NEWS -> Target.NEWS;
                case PAGE -> Target.PAGE;
                case ORGANIZATION -> Target.ORGANIZATION;
                default -> null;
            };
            if (target != null && !file.isTranslation()) {
                published.get(target).putIfAbsent(file.id(), true);
            }
        }
        Map<String, Boolean> serviceIds = new TreeMap<>();
        services.forEach(s -> serviceIds.put(s.id(), true));
        published.put(Target.SERVICE, serviceIds);
    }

    private void put(Target target, List<SourceDocument> documents, ReferenceTime now, boolean drafts,
                     Function<SourceDocument, Facts> facts) {
        Map<String, Boolean> ids = new TreeMap<>();
        for (SourceDocument document : documents) {
            if (!document.file().isTranslation()) {
                Facts read = facts.apply(document);
                ids.put(document.id(), now.publishes(read.draft(), read.publishDate(), drafts));
            }
        }
        published.put(target, ids);
    }

    /** What the index knows, as a value: two indexes with equal snapshots answer every question alike. */
    Object snapshot() {
        return Map.copyOf(published);
    }

    boolean exists(Target target, String id) {
        return published.get(target).containsKey(id);
    }

    boolean isPublished(Target target, String id) {
        return published.get(target).getOrDefault(id, false);
    }

    Collection<String> ids(Target target) {
        return published.get(target).keySet();
    }

    private static boolean isDraft(SourceDocument document) {
        return document.fields().find("draft")
                .map(e -> e.value() instanceof YamlNode.Scalar s && s.value().strip().equals("true"))
                .orElse(false);
    }

    private static LocalDateTime publishDate(SourceDocument document) {
        LocalDateTime written = writtenPublishDate(document);
        if (written != null || document.file().kind() != ContentKind.NEWS) {
            return written;
        }
        // A news article dated in the future is published on its date.
        String date = document.file().nameDate() != null ? document.file().nameDate()
                : document.fields().find("date").filter(e -> e.value() instanceof YamlNode.Scalar)
                        .map(e -> ((YamlNode.Scalar) e.value()).value().strip()).orElse(null);
        try {
            return date == null ? null : java.time.LocalDate.parse(date).atStartOfDay();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime writtenPublishDate(SourceDocument document) {
        return document.fields().find("publishDate")
                .filter(e -> e.value() instanceof YamlNode.Scalar s && !s.isNull())
                .map(e -> {
                    String text = ((YamlNode.Scalar) e.value()).value().strip();
                    try {
                        return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay()
                                : LocalDateTime.parse(text.replace(' ', 'T'));
                    } catch (DateTimeParseException ex) {
                        return null;
                    }
                })
                .orElse(null);
    }
}
