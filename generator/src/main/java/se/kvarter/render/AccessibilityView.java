package se.kvarter.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.kvarter.model.AccessibilityStatement;
import se.kvarter.model.SiteSettings;

/**
 * The accessibility statement that Swedish law (lagen om tillgänglighet till digital offentlig
 * service) asks for, from {@code site.yaml}: how well the site complies, what does not work yet,
 * how to report a barrier, the supervisory authority, and when the site was assessed.
 */
public final class AccessibilityView {

    /**
     * @param compliance a sentence on the site's compliance
     * @param assessed   when the site was assessed, in words, or null
     * @param updated    when the statement was last updated, in words (the assessment's date unless
     *                   {@code updatedOn} says otherwise), or null
     */
    public record Statement(String siteTitle, String compliance, List<String> knownIssues, String contact, String assessed,
                     String assessedIso, String publisher, String updated, String updatedIso) {
    }

    private final EditionContext edition;

    AccessibilityView(EditionContext edition) {
        this.edition = edition;
    }

    Statement view() {
        SiteSettings settings = edition.site().settings();
        AccessibilityStatement statement = settings.accessibility();
        String contact = statement.contact() != null ? statement.contact()
                : settings.publisher() != null ? settings.publisher().email() : null;
        LocalDate updated = statement.updatedOn() != null ? statement.updatedOn() : statement.assessedOn();
        String title = settings.title(edition.language());
        return new Statement(title,
                edition.text().format("accessibility.compliance." + statement.compliance(), Map.of("site", title)),
                statement.knownIssues(), contact,
                statement.assessedOn() == null ? null : edition.dates().date(statement.assessedOn()),
                statement.assessedOn() == null ? null : statement.assessedOn().toString(),
                settings.publisher() == null ? title : settings.publisher().name(),
                updated == null ? null : edition.dates().date(updated),
                updated == null ? null : updated.toString());
    }
}
