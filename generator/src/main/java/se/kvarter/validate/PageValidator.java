package se.kvarter.validate;

import java.util.Optional;
import java.util.Set;
import se.kvarter.content.ContentKind;
import se.kvarter.content.SourceDocument;
import se.kvarter.model.Page;
import se.kvarter.source.Position;

/** Reads {@code pages/<id>.md} into a {@link Page}. */
final class PageValidator {

    static final Set<String> FIELDS = Set.of("title", "summary", "menu", "draft");

    private final Context context;
    private final Entries entries;

    PageValidator(Context context) {
        this.context = context;
        this.entries = new Entries(context);
    }

    Page validate(SourceDocument document, String language) {
        Fields fields = new Fields(document.fields(), "", context.problems(), FIELDS);
        if (ReservedIds.isReserved(ContentKind.PAGE, document.id(), context.settings().languages())) {
            context.problems().add(Position.ofFile(document.path()), "page.reserved-id", document.id());
        }
        boolean published = entries.published(fields);
        References references = new References(context.index(), context.problems(), published);
        return new Page(
                document.id(),
                Optional.ofNullable(fields.requiredName("title")).orElse(document.id()),
                fields.text("summary"),
                fields.integer("menu", 0, 10_000),
                entries.body(document, references, language),
                fields.bool("draft", false),
                document.file().language() == null ? context.settings().language() : document.file().language(),
                Entries.untranslated(document, context.settings().language(), "title", "summary", "body"),
                document.fields().at());
    }
}
