package se.kvarter.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts behind the site's accessibility statement.
 *
 * @param compliance {@code full}, {@code partial} or {@code none}
 * @param assessedOn when the site was last assessed, or null
 */
public record AccessibilityStatement(String contact, LocalDate assessedOn, List<String> knownIssues,
                                     String compliance) {

    public AccessibilityStatement {
        knownIssues = List.copyOf(knownIssues);
    }
}
