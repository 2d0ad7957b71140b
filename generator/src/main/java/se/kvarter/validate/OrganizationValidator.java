package se.kvarter.validate;

import java.util.Optional;
import java.util.Set;
import se.kvarter.content.SourceDocument;
import se.kvarter.model.Organization;

/** Reads {@code organizations/<id>.yaml} into an {@link Organization}. */
final class OrganizationValidator {

    static final Set<String> FIELDS = Set.of("name", "url", "email", "description");

    private final Context context;

    OrganizationValidator(Context context) {
        this.context = context;
    }

    Organization validate(SourceDocument document) {
        Fields fields = new Fields(document.fields(), "", context.problems(), FIELDS);
        return new Organization(
                document.id(),
                Optional.ofNullable(fields.requiredName("name")).orElse(document.id()),
                fields.parsed("url", context.values()::url),
                fields.parsed("email", context.values()::email),
                fields.text("description"),
                document.file().language() == null ? context.settings().language() : document.file().language(),
                Entries.untranslated(document, context.settings().language(), "name", "description"),
                document.fields().at());
    }
}
