package se.kvarter.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.Attachment;
import se.kvarter.model.NewsArticle;
import se.kvarter.validate.ContentIndex.Target;

/** Reads {@code news/<YYYY-MM-DD>-<id>.md} into a {@link NewsArticle}. */
final class NewsValidator {

    static final Set<String> FIELDS = Set.of("title", "date", "author", "summary", "places", "image", "attachments",
            "draft", "publishDate", "expiryDate");
    private static final Set<String> ATTACHMENT = Set.of("file", "title");

    private final Context context;
    private final Entries entries;

    NewsValidator(Context context) {
        this.context = context;
        this.entries = new Entries(context);
    }

    NewsArticle validate(SourceDocument document, String language) {
        Fields fields = new Fields(document.fields(), "", context.problems(), FIELDS);
        LocalDate date = date(fields, document);
        boolean published = entries.published(fields, date.atStartOfDay());
        References references = new References(context.index(), context.problems(), published);
        List<String> places = new ArrayList<>();
        for (YamlNode.Scalar value : fields.scalars("places")) {
            // A place not published yet is left out until it is.
            String id = references.whenPublished(Target.PLACE, value.value().strip(), value.at());
            if (id != null && !places.contains(id)) {
                places.add(id);
            }
        }
        LocalDateTime publishDate = fields.parsed("publishDate", context.values()::dateTime);
        LocalDateTime expiryDate = fields.parsed("expiryDate", context.values()::dateTime);
        if (publishDate != null && expiryDate != null && !expiryDate.isAfter(publishDate)) {
            context.problems().add(fields.positionOf("expiryDate"), "news.expires-before-publishing");
        }
        return new NewsArticle(
                document.id(),
                Optional.ofNullable(fields.requiredName("title")).orElse(document.id()),
                date,
                fields.text("author"),
                fields.text("summary"),
                places,
                entries.image(fields),
                attachments(fields),
                fields.bool("draft", false),
                publishDate, expiryDate,
                entries.body(document, references, language),
                document.file().language() == null ? context.settings().language() : document.file().language(),
                Entries.untranslated(document, context.settings().language(), "title", "summary", "body", "image.alt"),
                document.fields().at());
    }

    /** The date in the file name or in {@code date:}; when both are given they must agree. */
    private LocalDate date(Fields fields, SourceDocument document) {
        LocalDate fromName = document.file().nameDate() == null ? null : LocalDate.parse(document.file().nameDate());
        LocalDate written = fields.parsed("date", context.values()::date);
        if (fromName != null && written != null && !fromName.equals(written)) {
            context.problems().add(fields.positionOf("date"), "news.date-mismatch", written.toString(), fromName.toString());
        }
        if (fromName == null && written == null && !fields.has("date")) {
            context.problems().add(fields.at(), "news.no-date", document.id());
        }
        LocalDate date = fromName != null ? fromName : written;
        return date == null ? LocalDate.EPOCH : date;
    }

    private List<Attachment> attachments(Fields fields) {
        List<Attachment> attachments = new ArrayList<>();
        for (YamlNode.Mapping item : fields.mappings("attachments")) {
            Fields attachment = fields.item("attachments", item, ATTACHMENT);
            String file = attachment.requiredText("file");
            String title = attachment.requiredName("title");
            if (file == null) {
                continue;
            }
            Long bytes = context.files().get(file);
            if (bytes == null) {
                context.problems().add(attachment.positionOf("file"), "ref.missing-file", file);
            } else if (title != null) {
                attachments.add(new Attachment(file, title, bytes));
            }
        }
        return attachments;
    }
}
