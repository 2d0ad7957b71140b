package se.kvarter.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.kvarter.content.Slugs;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.Service;
import se.kvarter.model.SiteSettings;
import se.kvarter.source.Problems;

/**
 * Reads {@code services.yaml}: each entry is an id with its name per language
 * ({@code cv-help: { sv: Hjälp med CV, en: Help with your CV }}) or just a name in the
 * default language ({@code cv-help: Hjälp med CV}).
 */
final class ServicesValidator {

    private final Problems problems;
    private final SiteSettings settings;
    private final boolean languagesKnown;

    /**
     * @param languagesKnown whether {@code site.yaml} was read: without it the site's languages are
     *                       only defaults, and names in other languages are not reported against them
     */
    ServicesValidator(Problems problems, SiteSettings settings, boolean languagesKnown) {
        this.problems = problems;
        this.settings = settings;
        this.languagesKnown = languagesKnown;
    }

    List<Service> validate(Optional<SourceDocument> document) {
        if (document.isEmpty()) {
            return List.of();
        }
        List<Service> services = new ArrayList<>();
        for (YamlNode.Entry entry : document.get().fields().entries()) {
            String id = entry.name();
            if (!Slugs.isValid(id)) {
                problems.add(entry.key().at(), "services.bad-id", id, Slugs.of(id));
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (entry.value() instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
                labels.put(settings.language(), scalar.value().strip());
            } else if (entry.value() instanceof YamlNode.Mapping mapping) {
                for (YamlNode.Entry label : mapping.entries()) {
                    if (languagesKnown && !settings.languages().contains(label.name())) {
                        problems.add(label.key().at(), "services.unknown-language", id, label.name(),
                                String.join(", ", settings.languages()));
                    } else if (label.value() instanceof YamlNode.Scalar text && !text.isNull()) {
                        labels.put(label.name(), text.value().strip());
                    } else {
                        problems.add(label.value().at(), "field.not-text", id + "." + label.name());
                    }
                }
                if (languagesKnown && !labels.containsKey(settings.language())) {
                    problems.add(entry.key().at(), "services.missing-label", id, settings.language());
                }
            } else {
                problems.add(entry.value().at(), "services.bad-entry", id);
                continue;
            }
            services.add(new Service(id, labels));
        }
        return services;
    }
}
