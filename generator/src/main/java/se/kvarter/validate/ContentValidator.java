package se.kvarter.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.kvarter.content.LoadedContent;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.SourceFile;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.Edition;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Page;
import se.kvarter.model.Place;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.Service;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;
import se.kvarter.validate.ContentIndex.Target;

/**
 * Turns loaded content into the {@link Site} model, reporting every mistake it finds: fields,
 * values, references, Markdown links and translations. Entries are validated in parallel; the
 * model is the same whatever the order.
 */
public final class ContentValidator {

    /**
     * What a build asks of validation.
     *
     * @param date  the reference date ({@code --date}), or null for today in the site's time zone
     * @param clock the clock that tells "today" when no date is given
     */
    public record Options(String baseUrlOverride, LocalDate date, Clock clock, boolean drafts) {

        ReferenceTime now(ZoneId zone) {
            return date != null ? ReferenceTime.startOf(date)
                    : new ReferenceTime(LocalDate.now(clock.withZone(zone)), LocalDateTime.now(clock.withZone(zone)));
        }
    }

    private final MarkdownRenderer markdown;

    public ContentValidator(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public Site validate(LoadedContent content, Options options, Problems problems) {
        SiteSettings settings = new SiteValidator(problems).validate(content.site(), options.baseUrlOverride());
        List<Service> services = new ServicesValidator(problems, settings, content.site().isPresent())
                .validate(content.services());
        Map<String, Long> files = fileSizes(content.files());
        LoadedContent unique = withoutDuplicateIds(content, problems);
        ReferenceTime now = options.now(settings.timezone());
        ContentIndex index = new ContentIndex(unique, services, now, options.drafts());
        Context context = new Context(problems, settings, new Values(problems, settings.timezone()), index, files,
                markdown, now, options.drafts());
        Translations translations = new Translations(unique, settings, problems);
        List<Edition> editions = new ArrayList<>();
        for (String language : settings.languages()) {
            editions.add(edition(language, unique, translations, context));
        }
        return new Site(settings, services, List.copyOf(files.keySet()), editions, now);
    }

    private Edition edition(String language, LoadedContent content, Translations translations, Context context) {
        OrganizationValidator organizations = new OrganizationValidator(context);
        PlaceValidator places = new PlaceValidator(context);
        EventValidator events = new EventValidator(context);
        NewsValidator news = new NewsValidator(context);
        PageValidator pages = new PageValidator(context);
        return new Edition(language,
                each(content.organizations(), Target.ORGANIZATION, language, translations, context,
                        (doc, lang) -> organizations.validate(doc)),
                each(content.places(), Target.PLACE, language, translations, context, places::validate),
                each(content.events(), Target.EVENT, language, translations, context, events::validate),
                each(content.news(), Target.NEWS, language, translations, context, news::validate),
                each(content.pages(), Target.PAGE, language, translations, context, pages::validate));
    }

    /** Validates every entry of a kind in {@code language}, keeping those published in this build. */
    private static <T> List<T> each(List<SourceDocument> documents, Target target, String language,
                                    Translations translations, Context context,
                                    BiFunction<SourceDocument, String, T> validator) {
        return documents.parallelStream()
                .filter(doc -> !doc.file().isTranslation())
                .map(doc -> {
                    T entry = validator.apply(translations.in(doc, language), language);
                    return context.index().isPublished(target, doc.id()) ? entry : null;
                })
                .filter(entry -> entry != null)
                .toList();
    }

    private static Map<String, Long> fileSizes(List<SourceFile> files) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (SourceFile file : files) {
            try {
                sizes.put(file.path(), Files.size(file.absolute()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sizes;
    }

    /** Reports a second entry with an id already taken (news may share an id through their dates) and drops it. */
    private static LoadedContent withoutDuplicateIds(LoadedContent content, Problems problems) {
        return new LoadedContent(content.site(), content.services(),
                unique(content.organizations(), problems), unique(content.places(), problems),
                unique(content.events(), problems), unique(content.news(), problems),
                unique(content.pages(), problems), content.files(), content.unreadable());
    }

    private static List<SourceDocument> unique(List<SourceDocument> documents, Problems problems) {
        Map<String, SourceDocument> seen = new HashMap<>();
        List<SourceDocument> kept = new ArrayList<>();
        for (SourceDocument document : documents.stream().sorted(Comparator.comparing(SourceDocument::path)).toList()) {
            String key = document.id() + "." + document.file().language();
            SourceDocument first = seen.putIfAbsent(key, document);
            if (first == null) {
                kept.add(document);
            } else {
                problems.add(Position.ofFile(document.path()), "file.duplicate-id", document.id(), first.path());
            }
        }
        return kept;
    }
}
