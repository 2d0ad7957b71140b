package se.kvarter.validate;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.Address;
import se.kvarter.model.Audience;
import se.kvarter.model.Geo;
import se.kvarter.model.Image;
import se.kvarter.model.Region;
import se.kvarter.model.SitePaths;
import se.kvarter.source.Problems;

/** Field readers that several entry kinds share: images, audiences, bodies, publication. */
final class Entries {

    private static final Set<String> IMAGE = Set.of("src", "alt");
    private static final Set<String> ADDRESS = Set.of("street", "postalCode", "city", "area", "detail");
    private static final Set<String> GEO = Set.of("lat", "lon");
    static final int AREA_LENGTH = 60;
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Context context;

    Entries(Context context) {
        this.context = context;
    }

    /** {@code image: { src: files/x.jpg, alt: ... }}; the file must exist and alt must be given. */
    Image image(Fields fields) {
        Optional<Fields> group = fields.group("image", IMAGE);
        if (group.isEmpty()) {
            return null;
        }
        Fields image = group.get();
        String src = image.requiredText("src");
        if (src != null && !context.files().containsKey(src)) {
            context.problems().add(image.positionOf("src"), "ref.missing-file", src);
        }
        if (!image.written("alt")) {
            context.problems().add(image.at(), "image.without-alt", src == null ? "" : src);
        }
        String altText = image.text("alt");
        return src == null ? null : new Image(src, altText == null ? "" : altText, context.images().get(src));
    }

    /** {@code address: {street, postalCode, city, area, detail}}, every part optional. */
    Address address(Fields fields) {
        return fields.group("address", ADDRESS).map(this::addressParts).orElse(Address.NONE);
    }

    /** The address parts of a mapping that may also hold other fields (an event's location). */
    Address addressParts(Fields a) {
        // The area becomes a folder name (/omraden/<area>/): it must stay a name, not a text.
        return new Address(a.text("street"), a.text("postalCode"), a.text("city"), a.text("area", AREA_LENGTH),
                a.text("detail"));
    }

    /** {@code geo: {lat, lon}} in WGS84 decimal degrees; null when absent or wrong. */
    Geo geo(Fields fields) {
        Optional<Fields> group = fields.group("geo", GEO);
        if (group.isEmpty()) {
            return null;
        }
        Double lat = coordinate(group.get(), "lat", 90, context.problems());
        Double lon = coordinate(group.get(), "lon", 180, context.problems());
        if (lat == null || lon == null) {
            return null;
        }
        Region region = context.settings().region();
        if (!region.contains(lat, lon)) {
            // Swapped, the two numbers of a Swedish address land in the Arabian Sea.
            String key = region.contains(lon, lat) ? "geo.swapped" : "geo.outside-region";
            context.problems().add(group.get().at(), key, String.valueOf(lat), String.valueOf(lon),
                    region.south() + "-" + region.north(), region.west() + "-" + region.east());
            return null;
        }
        return new Geo(lat, lon);
    }

    /** One coordinate of a group, a decimal number of at most {@code limit} degrees from zero. */
    static Double coordinate(Fields geo, String name, int limit, Problems problems) {
        Optional<YamlNode.Scalar> value = geo.scalar(name);
        if (value.isEmpty()) {
            geo.requiredText(name);
            return null;
        }
        String text = value.get().value().strip();
        try {
            double number = Double.parseDouble(text);
            if (Double.isNaN(number) || Math.abs(number) > limit) {
                problems.add(value.get().at(), "geo.out-of-range", geo.label(name), text, String.valueOf(limit));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(value.get().at(), "geo.not-a-number", geo.label(name), text);
            return null;
        }
    }

    List<Audience> audiences(Fields fields) {
        return fields.scalars("audiences").stream()
                .map(s -> context.values().choice(s, fields.label("audiences"), Audience.class))
                .filter(a -> a != null)
                .distinct()
                .toList();
    }

    /** ISO 639-1 codes such as {@code sv}, {@code so}, {@code ar}. */
    List<String> languages(Fields fields) {
        return fields.scalars("languages").stream()
                .filter(s -> {
                    boolean known = ISO_LANGUAGES.contains(s.value().strip());
                    if (!known) {
                        context.problems().add(s.at(), "value.bad-language-code", fields.label("languages"), s.value().strip());
                    }
                    return known;
                })
                .map(s -> s.value().strip())
                .distinct()
                .toList();
    }

    /** Whether the entry is published in this build (its errors are reported either way). */
    boolean published(Fields fields) {
        return published(fields, null);
    }

    /**
     * Whether the entry is published in this build, when it is published from {@code dated}
     * unless it says otherwise in {@code publishDate} (a news article's own date).
     */
    boolean published(Fields fields, LocalDateTime dated) {
        boolean draft = fields.bool("draft", false);
        LocalDateTime publishDate = fields.parsed("publishDate", context.values()::dateTime);
        return context.now().publishes(draft, publishDate != null ? publishDate : dated, context.drafts());
    }

    /**
     * The texts of a translated entry that its translation leaves in the main language: its
     * {@code body} and fields such as {@code accessibility.notes}, for a {@code lang} attribute
     * on them. A text is translated when it was read from the translation file. Empty for an
     * entry read in the main language (the whole entry is in it).
     */
    static Set<String> untranslated(SourceDocument document, String mainLanguage, String... texts) {
        String language = document.file().language();
        if (language == null || language.equals(mainLanguage)) {
            return Set.of();
        }
        String translationFile = "." + language + document.file().kind().extension();
        Set<String> untranslated = new TreeSet<>();
        for (String text : texts) {
            if (text.equals("body")) {
                if (!document.body().isBlank() && !document.file().path().endsWith(translationFile)) {
                    untranslated.add(text);
                }
                continue;
            }
            YamlNode node = document.fields();
            for (String part : text.split("\\.")) {
                node = node instanceof YamlNode.Mapping mapping
                        ? mapping.find(part).map(YamlNode.Entry::value).orElse(null) : null;
            }
            if (node != null && !node.at().file().endsWith(translationFile)) {
                untranslated.add(text);
            }
        }
        return Set.copyOf(untranslated);
    }

    /**
     * The body as sanitised HTML, its links resolved in {@code language}'s edition. It is read
     * first without positions, its mistakes kept aside; a body with any is read again with them
     * ({@link se.kvarter.markdown.MarkdownRenderer#renderWithoutPositions}), and only that reading's are reported.
     */
    String body(SourceDocument document, References references, String language) {
        SitePaths paths = SitePaths.of(context.settings(), language);
        boolean trusted = context.settings().trustedHtml();
        boolean scripts = context.settings().allowScriptFiles();
        Problems aside = new Problems();
        String html = context.markdown().renderWithoutPositions(document.body(), document.path(), document.bodyLine(),
                new BodyLinks(context, references.reportingTo(aside), paths, aside), trusted, scripts);
        if (aside.all().isEmpty()) {
            return html;
        }
        return context.markdown().render(document.body(), document.path(), document.bodyLine(),
                new BodyLinks(context, references, paths, context.problems()), trusted, scripts);
    }
}
