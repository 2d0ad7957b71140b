package se.kvarter.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.kvarter.content.ContentKind;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.AccessFeature;
import se.kvarter.model.Answer;
import se.kvarter.model.Appointment;
import se.kvarter.model.Audience;
import se.kvarter.model.Contact;
import se.kvarter.model.Entrance;
import se.kvarter.model.Image;
import se.kvarter.model.OpeningHours;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceAbout;
import se.kvarter.model.PlaceAccessibility;
import se.kvarter.model.PlaceAvailability;
import se.kvarter.model.PlaceEntry;
import se.kvarter.model.PlaceFacts;
import se.kvarter.model.PlaceLocation;
import se.kvarter.model.PlaceOperators;
import se.kvarter.model.PlaceSource;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.PlaceType;
import se.kvarter.model.Toilet;
import se.kvarter.source.Position;
import se.kvarter.validate.ContentIndex.Target;

/** Reads {@code places/<id>.md} into a {@link Place}. */
final class PlaceValidator {

    static final Set<String> FIELDS = Set.of("name", "type", "organization", "partners", "summary", "address", "geo",
            "contact", "hours", "holidays", "exceptions", "services", "audiences", "languages", "accessibility",
            "status", "replacedBy", "aliases", "image", "draft", "lastChecked", "requirements");
    private static final Set<String> REQUIREMENTS = Set.of("appointment", "cost", "bring");
    private static final Set<String> CONTACT = Set.of("email", "phone", "website", "form");
    /** The fields of {@code accessibility}: these and a yes/no field per {@link AccessFeature}. */
    private static final Set<String> ACCESSIBILITY = accessibilityFields("entrance", "steps", "toilet", "notes");
    private static final Pattern ALIAS = Pattern.compile("/?([a-z0-9][a-z0-9._~-]*/)*[a-z0-9][a-z0-9._~-]*/?");
    static final int SUMMARY_LENGTH = 160;
    /** Top-level pages the site makes that a free page may replace, and the start page's file. */
    private static final Set<String> SITE_PAGES = Set.of("tillganglighet", "index");

    private final Context context;
    private final Entries entries;

    PlaceValidator(Context context) {
        this.context = context;
        this.entries = new Entries(context);
    }

    /**
     * @param document the place, or its translation merged over it
     * @param language the edition it is validated for
     */
    Place validate(SourceDocument document, String language) {
        Fields fields = new Fields(document.fields(), "", context.problems(), FIELDS);
        if (ReservedIds.isReserved(ContentKind.PLACE, document.id(), List.of())) {
            context.problems().add(Position.ofFile(document.path()), "place.reserved-id", document.id());
        }
        boolean published = entries.published(fields);
        References references = new References(context.index(), context.problems(), published);
        Values values = context.values();
        String organization = fields.parsed("organization", (s, l) -> references.check(Target.ORGANIZATION, s));
        List<String> partners = ids(fields, "partners", Target.ORGANIZATION, references);
        List<String> services = ids(fields, "services", Target.SERVICE, references);
        String replacedBy = fields.parsed("replacedBy", (s, l) -> references.check(Target.PLACE, s));
        if (document.id().equals(replacedBy)) {
            context.problems().add(fields.positionOf("replacedBy"), "place.replaced-by-itself");
        }
        PlaceStatus status = Optional.ofNullable(fields.parsed("status", (s, l) -> values.choice(s, l, PlaceStatus.class)))
                .orElse(PlaceStatus.OPEN);
        OpeningHours hours = new HoursValidator(context.problems(), values,
                context.holidays(), context.now().date()).validate(fields);
        // read in the order of the fields, so that problems at one position keep their order
        String name = Optional.ofNullable(fields.requiredName("name")).orElse(document.id());
        PlaceType type = Optional.ofNullable(fields.parsed("type", (s, l) -> values.choice(s, l, PlaceType.class)))
                .orElse(PlaceType.OTHER);
        String summary = fields.text("summary", SUMMARY_LENGTH);
        PlaceLocation location = new PlaceLocation(entries.address(fields), entries.geo(fields));
        Contact contact = contact(fields);
        List<Audience> audiences = entries.audiences(fields);
        List<String> languages = entries.languages(fields);
        PlaceAccessibility accessibility = accessibility(fields);
        List<String> aliases = aliases(fields, document.id());
        Image image = entries.image(fields);
        String bodyHtml = entries.body(document, references, language);
        boolean draft = fields.bool("draft", false);
        String writtenIn = document.file().language() == null ? context.settings().language() : document.file().language();
        Set<String> untranslated = Entries.untranslated(document, context.settings().language(), "name", "summary", "body",
                "accessibility.notes", "address.detail", "image.alt", "exceptions", "requirements");
        PlaceFacts facts = facts(fields);
        PlaceSource source = new PlaceSource(written(fields, "contact"), written(fields, "organization"),
                written(fields, "lastChecked"), written(fields, "summary"), document.body(), document.bodyLine());
        return new Place(document.id(), name,
                new PlaceAbout(type, summary, bodyHtml, image, services, audiences, languages),
                location, contact, accessibility,
                new PlaceAvailability(hours, status, replacedBy),
                new PlaceOperators(organization, partners),
                facts,
                new PlaceEntry(aliases, draft, writtenIn, untranslated, source, document.fields().at()));
    }

    /** Where a field is written, or null when it is not. */
    private static Position written(Fields fields, String name) {
        return fields.has(name) ? fields.positionOf(name) : null;
    }

    private List<String> ids(Fields fields, String name, Target target, References references) {
        List<String> ids = new ArrayList<>();
        for (YamlNode.Scalar value : fields.scalars(name)) {
            String id = references.check(target, value);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Contact contact(Fields fields) {
        Values values = context.values();
        return fields.group("contact", CONTACT)
                .map(c -> new Contact(c.parsed("email", values::email), c.parsed("phone", values::phone), c.parsed("website", values::url),
                        c.parsed("form", values::url)))
                .orElse(Contact.NONE);
    }

    private PlaceFacts facts(Fields fields) {
        Values values = context.values();
        LocalDate lastChecked = fields.parsed("lastChecked", values::date);
        PlaceFacts.Requirements requirements = fields.group("requirements", REQUIREMENTS)
                .map(r -> new PlaceFacts.Requirements(
                        r.parsed("appointment", (s, l) -> values.choice(s, l, Appointment.class)),
                        r.text("cost"), r.text("bring")))
                .orElse(PlaceFacts.Requirements.NONE);
        return new PlaceFacts(lastChecked, requirements);
    }

    private PlaceAccessibility accessibility(Fields fields) {
        Values values = context.values();
        return fields.group("accessibility", ACCESSIBILITY)
                .map(a -> new PlaceAccessibility(
                        Optional.ofNullable(a.parsed("entrance", (s, l) -> values.choice(s, l, Entrance.class))).orElse(Entrance.UNKNOWN),
                        a.integer("steps", 0, 1000),
                        Optional.ofNullable(a.parsed("toilet", (s, l) -> values.choice(s, l, Toilet.class))).orElse(Toilet.UNKNOWN),
                        features(a), a.text("notes")))
                .orElse(PlaceAccessibility.UNKNOWN);
    }

    private Map<AccessFeature, Answer> features(Fields accessibility) {
        Values values = context.values();
        Map<AccessFeature, Answer> features = new EnumMap<>(AccessFeature.class);
        for (AccessFeature feature : AccessFeature.values()) {
            Answer answer = accessibility.parsed(feature.key(), (s, l) -> values.choice(s, l, Answer.class));
            if (answer != null) {
                features.put(feature, answer);
            }
        }
        return features;
    }

    private static Set<String> accessibilityFields(String... others) {
        Set<String> fields = new HashSet<>(List.of(others));
        Arrays.stream(AccessFeature.values()).map(AccessFeature::key).forEach(fields::add);
        return Set.copyOf(fields);
    }

    /** Old URLs that redirect here, kept as site paths without the leading slash ({@code gamla/kallaren/}). */
    private List<String> aliases(Fields fields, String id) {
        List<String> aliases = new ArrayList<>();
        for (YamlNode.Scalar value : fields.scalars("aliases")) {
            String text = value.value().strip();
            String path = aliasPath(text);
            if (path == null) {
                context.problems().add(value.at(), "place.bad-alias", text);
            } else if (path.equals("platser/" + id + "/")) {
                context.problems().add(value.at(), "place.alias-own-address", text);
            } else if (path.isEmpty() || isTaken(path)) {
                context.problems().add(value.at(), "place.alias-taken", text);
            } else if (!aliases.contains(path)) {
                aliases.add(path);
            }
        }
        return aliases;
    }

    /**
     * An alias as a site path without the leading slash: a folder ({@code gamla/}, whose page is
     * {@code gamla/index.html}, written either way) unless it names another page ({@code gamla.html});
     * null when malformed, or a folder named like a page ({@code gamla.html/}), which would clash
     * with the page of that name.
     */
    static String aliasPath(String text) {
        if (!ALIAS.matcher(text).matches() || text.contains("..") || text.endsWith(".html/")) {
            return null;
        }
        String path = text.startsWith("/") ? text.substring(1) : text;
        if (path.equals("index.html") || path.endsWith("/index.html")) {
            return path.substring(0, path.length() - "index.html".length());
        }
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }

    /**
     * Whether the site itself has, or may have, a page or file at or under this path: an old
     * address must be one the site no longer uses. Under {@code platser/} only the addresses of
     * places that do not exist are free (a renamed place's old address).
     */
    private boolean isTaken(String path) {
        String[] segments = path.split("/");
        String first = stem(segments[0]);
        if (segments[0].equals("platser") && segments.length > 1) {
            String place = stem(segments[1]);
            return ReservedIds.PLACES.contains(place) || context.index().exists(Target.PLACE, place);
        }
        return ReservedIds.PAGES.contains(first) || SITE_PAGES.contains(first)
                || context.settings().languages().contains(first) || context.index().exists(Target.PAGE, first);
    }

    /** A path segment without its extension: {@code sitemap} of {@code sitemap.xml}. */
    private static String stem(String segment) {
        int dot = segment.indexOf('.');
        return dot < 0 ? segment : segment.substring(0, dot);
    }
}
