package se.kvarter.validate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.content.ImageSizes;
import se.kvarter.content.LoadedContent;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.SourceFile;
import se.kvarter.hours.HolidayCalendar;
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
import se.kvarter.source.ImageSize;
import se.kvarter.source.IoFailure;
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

    /**
     * Everything outside an entry's own file that its validation depends on. While it stays the
     * same, an unchanged entry validates to the same record and errors, which are reused.
     */
    private record Fingerprint(SiteSettings settings, List<Service> services, Object index, Map<String, Long> files,
                               LocalDate today, boolean drafts) {
    }

    /** An entry as validated in one language: the record, and the errors its files have. */
    private record Validated(Object entry, List<se.kvarter.source.ContentError> errors) {
    }

    /** The files an entry is read from, compared by identity: the loader keeps unchanged documents. */
    private record Key(Same original, Same translation, String language) {
    }

    /** Identity, not equality: comparing two parsed documents field by field would cost more than validating. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    private final MarkdownRenderer markdown;
    // Kept between validations by one validator (the dev server's rebuilds).
    private final Map<Key, Validated> cache = new ConcurrentHashMap<>();
    private Map<SourceDocument, ContentIndex.Facts> facts = new IdentityHashMap<>();
    private Fingerprint fingerprint;

    /** One validator validates one site at a time (the dev server runs one build at a time). */
    public ContentValidator(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** Forgets the entries validated: a one-shot build validates once. */
    public void forgetAll() {
        cache.clear();
        facts = new IdentityHashMap<>();
        fingerprint = null;
    }

    public Site validate(LoadedContent content, Options options, Problems problems) {
        SiteSettings settings = new SiteValidator(problems).validate(content.site(), options.baseUrlOverride(),
                content.files().stream().map(SourceFile::path).collect(Collectors.toSet()));
        List<Service> services = new ServicesValidator(problems, settings, content.site().isPresent())
                .validate(content.services());
        new ScriptFiles(problems).check(content.files(), settings.allowScriptFiles());
        Map<String, Long> files = fileSizes(content.files(), problems);
        LoadedContent unique = withoutDuplicateIds(content, problems);
        ReferenceTime now = options.now(settings.timezone());
        // A document read again is a new object; the facts of the others are kept, by identity.
        Map<SourceDocument, ContentIndex.Facts> known = facts;
        Map<SourceDocument, ContentIndex.Facts> kept = new IdentityHashMap<>();
        ContentIndex index = new ContentIndex(unique, services, now, options.drafts(), doc -> kept.computeIfAbsent(doc,
                d -> known.containsKey(d) ? known.get(d) : ContentIndex.Facts.of(d)));
        facts = kept;
        Context context = new Context(problems, settings, new Values(problems, settings.timezone()), index, files,
                imageSizes(content.files()), markdown, now, options.drafts(), HolidayCalendar.of(settings.holidays()));
        Translations translations = new Translations(unique, settings, problems);
        // "Now" matters only through what is published (in the index); the date is there for safety.
        Fingerprint current = new Fingerprint(settings, services, index.snapshot(), files, now.date(), options.drafts());
        if (!current.equals(fingerprint)) {
            cache.clear();
            fingerprint = current;
        }
        Set<Key> used = ConcurrentHashMap.newKeySet();
        List<Edition> editions = new ArrayList<>();
        for (String language : settings.languages()) {
            editions.add(edition(language, unique, translations, context, used));
        }
        cache.keySet().retainAll(used);
        new AliasClashes(problems).check(unique.places(), editions.get(0).places());
        return new Site(settings, services, List.copyOf(files.keySet()), editions, now);
    }

    private Edition edition(String language, LoadedContent content, Translations translations, Context context,
                            Set<Key> used) {
        Run run = new Run(language, translations, context, used);
        return new Edition(language,
                run.each(content.organizations(), Target.ORGANIZATION, c -> (doc, lang) -> new OrganizationValidator(c).validate(doc)),
                run.each(content.places(), Target.PLACE, c -> new PlaceValidator(c)::validate),
                run.each(content.events(), Target.EVENT, c -> new EventValidator(c)::validate),
                run.each(content.news(), Target.NEWS, c -> new NewsValidator(c)::validate),
                run.each(content.pages(), Target.PAGE, c -> new PageValidator(c)::validate));
    }

    /** The validation of one edition's entries, reusing what an earlier run validated. */
    private final class Run {
        private final String language;
        private final Translations translations;
        private final Context context;
        private final Set<Key> used;

        Run(String language, Translations translations, Context context, Set<Key> used) {
            this.language = language;
            this.translations = translations;
            this.context = context;
            this.used = used;
        }

        /** Validates every entry of a kind, keeping those published in this build. */
        @SuppressWarnings("unchecked")
        <T> List<T> each(List<SourceDocument> documents, Target target,
                         Function<Context, BiFunction<SourceDocument, String, T>> validator) {
            return documents.parallelStream()
                    .filter(doc -> !doc.file().isTranslation())
                    .map(doc -> {
                        Key key = new Key(new Same(doc), new Same(translations.translation(doc, language)), language);
                        used.add(key);
                        Validated validated = cache.computeIfAbsent(key, k -> {
                            Problems own = new Problems();
                            T entry = validator.apply(context.withProblems(own)).apply(translations.in(doc, language), language);
                            return new Validated(entry, own.all());
                        });
                        context.problems().addAll(validated.errors());
                        return context.index().isPublished(target, doc.id()) ? (T) validated.entry() : null;
                    })
                    .filter(entry -> entry != null)
                    .toList();
        }
    }

    private static Map<String, ImageSize> imageSizes(List<SourceFile> files) {
        Map<String, ImageSize> sizes = new LinkedHashMap<>();
        for (SourceFile file : files) {
            if (ImageSizes.isImage(file.path())) {
                ImageSizes.read(file.absolute()).ifPresent(size -> sizes.put(file.path(), size));
            }
        }
        return sizes;
    }

    /**
     * The size of every file of {@code files/}; a file the build could not copy (not readable by
     * this user) is reported here, with the other mistakes, rather than failing half-way through
     * the writing.
     */
    private static Map<String, Long> fileSizes(List<SourceFile> files, Problems problems) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (SourceFile file : files) {
            try {
                sizes.put(file.path(), Files.size(file.absolute()));
                if (!Files.isReadable(file.absolute())) {
                    throw new AccessDeniedException(file.path());
                }
            } catch (IOException e) {
                problems.add(Position.ofFile(file.path()), "file.unreadable", IoFailure.reason(e));
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
