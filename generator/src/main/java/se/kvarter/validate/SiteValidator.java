package se.kvarter.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.content.ImageSizes;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.AccessibilityStatement;
import se.kvarter.model.Image;
import se.kvarter.model.Publisher;
import se.kvarter.model.Region;
import se.kvarter.model.SiteSettings;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/** Reads {@code site.yaml} into {@link SiteSettings}, with defaults for what it leaves out. */
final class SiteValidator {

    static final String DEFAULT_LANGUAGE = "sv";
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Stockholm");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern ORG_NUMBER = Pattern.compile("\\d{10}");
    static final Set<String> FIELDS = Set.of("title", "description", "baseUrl", "language", "languages",
            "timezone", "publisher", "dataLicense", "holidays", "staleAfterDays", "accessibility", "trustedHtml",
            "newsPerPage", "allowScriptFiles", "posterLanguages", "region", "logo", "journeyPlanner");
    /** What a journey planner's address may have filled in from the place: its position, name and address. */
    static final Set<String> JOURNEY_PLACEHOLDERS = Set.of("lat", "lon", "name", "address");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> REGION = Set.of("south", "west", "north", "east");
    private static final Set<String> PUBLISHER = Set.of("name", "email", "url", "orgNumber", "type");
    private static final Set<String> ACCESSIBILITY = Set.of("contact", "assessedOn", "knownIssues", "compliance",
            "updatedOn");
    private static final Set<String> COMPLIANCE = Set.of("full", "partial", "none");

    private final Problems problems;

    SiteValidator(Problems problems) {
        this.problems = problems;
    }

    /**
     * The settings; when {@code site.yaml} is missing or broken, defaults that let the other
     * files still be checked (the errors are reported, so nothing is published).
     *
     * @param baseUrlOverride the {@code --base-url} option, or null
     */
    SiteSettings validate(Optional<SourceDocument> document, String baseUrlOverride) {
        return validate(document, baseUrlOverride, Set.of());
    }

    /**
     * @param files the paths of the content's files ({@code files/logo.png}), which a logo must be among
     */
    SiteSettings validate(Optional<SourceDocument> document, String baseUrlOverride, Set<String> files) {
        YamlNode.Mapping mapping = document.map(SourceDocument::fields)
                .orElse(new YamlNode.Mapping(List.of(), Position.ofFile("site.yaml")));
        Fields fields = new Fields(mapping, "", problems, FIELDS);
        ZoneId zone = zone(fields);
        Values values = new Values(problems, zone);
        String baseUrl = baseUrlOverride != null ? withSlash(baseUrlOverride)
                : document.isPresent() ? baseUrl(fields, values) : null;
        String language = language(fields);
        List<String> languages = languages(fields, language);
        Map<String, String> titles = document.isPresent() ? perLanguage(fields, "title", language, languages, true)
                : new LinkedHashMap<>();
        Map<String, String> descriptions = perLanguage(fields, "description", language, languages, false);
        String title = titles.remove(language);
        String description = descriptions.remove(language);
        String holidays = fields.text("holidays");
        if (holidays != null && !holidays.equals("SE")) {
            problems.add(fields.positionOf("holidays"), "site.unknown-holiday-calendar", holidays);
        }
        Integer stale = fields.integer("staleAfterDays", 0, 100_000);
        Integer perPage = fields.integer("newsPerPage", 1, 1000);
        return new SiteSettings(
                title == null ? "kvarter" : title,
                description,
                baseUrl == null ? "https://example.invalid/" : baseUrl,
                language, languages, zone,
                publisher(fields, values),
                fields.text("dataLicense"),
                holidays == null ? "SE" : holidays,
                stale == null ? 60 : stale,
                accessibility(fields, values),
                fields.bool("trustedHtml", false),
                perPage == null ? 10 : perPage,
                fields.bool("allowScriptFiles", false),
                posterLanguages(fields, languages),
                region(fields),
                titles, descriptions,
                logo(fields, title, files),
                journeyPlanner(fields));
    }

    /**
     * A text of the site in each of its languages, in the form of {@code services.yaml}: one text
     * ({@code title: Mötesplatser}) is the default language's, or one per language ({@code title:
     * { sv: Mötesplatser, en: Meeting places }}), the default language's required. By language code,
     * the default language's included when it is given.
     */
    private Map<String, String> perLanguage(Fields fields, String name, String language, List<String> languages,
                                            boolean required) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<YamlNode> node = fields.node(name);
        if (node.isPresent() && node.get() instanceof YamlNode.Mapping) {
            Fields each = fields.group(name, new LinkedHashSet<>(languages)).orElseThrow();
            for (String code : languages) {
                String text = code.equals(language) && required ? each.requiredName(code)
                        : !each.has(code) ? null : required ? each.requiredName(code) : each.text(code);
                if (text != null) {
                    texts.put(code, text);
                }
            }
            if (!required && !texts.isEmpty() && !texts.containsKey(language)) {
                each.requiredText(language);
            }
            return texts;
        }
        String text = required ? fields.requiredName(name) : fields.text(name);
        if (text != null) {
            texts.put(language, text);
        }
        return texts;
    }

    /** {@code logo: files/logo.png}: an image among the content's files, or null. */
    private Image logo(Fields fields, String title, Set<String> files) {
        String src = fields.text("logo");
        if (src == null) {
            return null;
        }
        if (!ImageSizes.isImage(src) && !src.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            problems.add(fields.positionOf("logo"), "site.logo-not-image", src);
            return null;
        }
        if (!files.contains(src)) {
            problems.add(fields.positionOf("logo"), "ref.missing-file", src);
            return null;
        }
        // the header's link already says the site's title: the logo is its picture, with the title as its text
        return new Image(src, title == null ? "" : title, null);
    }

    /**
     * {@code journeyPlanner}: an https address in which {@code {lat}}, {@code {lon}}, {@code {name}}
     * and {@code {address}} are filled in from a place; any other placeholder is a mistake that
     * would end up in the link as it is.
     */
    private String journeyPlanner(Fields fields) {
        Optional<YamlNode.Scalar> value = fields.scalar("journeyPlanner");
        if (value.isEmpty()) {
            return null;
        }
        String template = value.get().value().strip();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        List<String> unknown = new ArrayList<>();
        while (placeholder.find()) {
            if (!JOURNEY_PLACEHOLDERS.contains(placeholder.group(1))) {
                unknown.add("{" + placeholder.group(1) + "}");
            }
        }
        // the placeholders filled with a sample, so that the address itself is checked
        String sample = PLACEHOLDER.matcher(template).replaceAll("x");
        if (!sample.startsWith("https://") || !WebAddresses.isAbsoluteHttp(sample)) {
            problems.add(value.get().at(), "site.journey-planner-not-https", template);
            return null;
        }
        if (!unknown.isEmpty()) {
            problems.add(value.get().at(), "site.journey-planner-unknown-placeholder", String.join(", ", unknown),
                    "{lat}, {lon}, {name}, {address}");
            return null;
        }
        return template;
    }

    /** {@code region: {south, west, north, east}} in degrees; Sweden when absent or wrong (the error is reported). */
    private Region region(Fields fields) {
        Optional<Fields> group = fields.group("region", REGION);
        if (group.isEmpty()) {
            return Region.SWEDEN;
        }
        Fields r = group.get();
        Double south = Entries.coordinate(r, "south", 90, problems);
        Double west = Entries.coordinate(r, "west", 180, problems);
        Double north = Entries.coordinate(r, "north", 90, problems);
        Double east = Entries.coordinate(r, "east", 180, problems);
        if (south == null || west == null || north == null || east == null) {
            return Region.SWEDEN;
        }
        if (south >= north || west >= east) {
            problems.add(r.at(), "site.bad-region", String.valueOf(south), String.valueOf(north), String.valueOf(west),
                    String.valueOf(east));
            return Region.SWEDEN;
        }
        return new Region(south, west, north, east);
    }

    private ZoneId zone(Fields fields) {
        Optional<YamlNode.Scalar> value = fields.scalar("timezone");
        if (value.isEmpty()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(value.get().value().strip());
        } catch (DateTimeException e) {
            problems.add(value.get().at(), "site.bad-timezone", value.get().value());
            return DEFAULT_ZONE;
        }
    }

    private String baseUrl(Fields fields, Values values) {
        if (!fields.has("baseUrl")) {
            fields.requiredText("baseUrl");
            return null;
        }
        String url = fields.parsed("baseUrl", values::url);
        return url == null ? null : withSlash(url);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private String language(Fields fields) {
        Optional<YamlNode.Scalar> value = fields.scalar("language");
        if (value.isEmpty()) {
            return DEFAULT_LANGUAGE;
        }
        String code = value.get().value().strip();
        if (!LANGUAGE.matcher(code).matches()) {
            problems.add(value.get().at(), "site.bad-language", code);
            return DEFAULT_LANGUAGE;
        }
        return code;
    }

    private List<String> languages(Fields fields, String language) {
        Set<String> all = new LinkedHashSet<>();
        all.add(language);
        for (YamlNode.Scalar item : fields.scalars("languages")) {
            String code = item.value().strip();
            if (LANGUAGE.matcher(code).matches()) {
                all.add(code);
            } else {
                problems.add(item.at(), "site.bad-language", code);
            }
        }
        return new ArrayList<>(all);
    }

    /** The languages a poster can also be printed with: languages of the site, each once. */
    private List<String> posterLanguages(Fields fields, List<String> languages) {
        Set<String> beside = new LinkedHashSet<>();
        for (YamlNode.Scalar item : fields.scalars("posterLanguages")) {
            String code = item.value().strip();
            if (languages.contains(code)) {
                beside.add(code);
            } else {
                problems.add(item.at(), "site.poster-language-not-on-site", code, String.join(", ", languages),
                        fields.label("languages"));
            }
        }
        return new ArrayList<>(beside);
    }

    private Publisher publisher(Fields fields, Values values) {
        Optional<Fields> group = fields.group("publisher", PUBLISHER);
        if (group.isEmpty()) {
            return null;
        }
        Fields p = group.get();
        String orgNumber = p.text("orgNumber");
        if (orgNumber != null) {
            orgNumber = orgNumber.replace("-", "");
            if (!ORG_NUMBER.matcher(orgNumber).matches()) {
                problems.add(p.positionOf("orgNumber"), "site.bad-org-number", p.text("orgNumber"));
                orgNumber = null;
            }
        }
        String type = p.text("type");
        if (type != null && !Publisher.TYPES.containsKey(type)) {
            problems.add(p.positionOf("type"), "value.bad-choice", p.label("type"), type,
                    String.join(", ", new java.util.TreeSet<>(Publisher.TYPES.keySet())));
            type = null;
        }
        return new Publisher(p.requiredName("name"), p.parsed("email", values::email), p.parsed("url", values::url),
                orgNumber, type == null ? Publisher.DEFAULT_TYPE : type);
    }

    private AccessibilityStatement accessibility(Fields fields, Values values) {
        Optional<Fields> group = fields.group("accessibility", ACCESSIBILITY);
        if (group.isEmpty()) {
            return new AccessibilityStatement(null, null, List.of(), "partial", null);
        }
        Fields a = group.get();
        List<String> issues = a.scalars("knownIssues").stream().map(s -> s.value().strip()).toList();
        String compliance = a.text("compliance");
        if (compliance != null && !COMPLIANCE.contains(compliance)) {
            problems.add(a.positionOf("compliance"), "value.bad-choice", a.label("compliance"), compliance,
                    "full, partial, none");
            compliance = null;
        }
        if (compliance == null) {
            // full compliance is the publisher's claim to make: checks that find no problem do not show it
            compliance = "partial";
        }
        LocalDate assessed = a.parsed("assessedOn", values::date);
        LocalDate updated = a.parsed("updatedOn", values::date);
        String contact = a.text("contact");
        return new AccessibilityStatement(contact, assessed, issues, compliance, updated);
    }
}
