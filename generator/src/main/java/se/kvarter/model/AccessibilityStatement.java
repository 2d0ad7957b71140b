package se.kvarter.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts behind the site's accessibility statement.
 *
 * @param compliance {@code full}, {@code partial} or {@code none}
 * @param assessedOn when the site was last assessed, or null
 * @param updatedOn  when the statement was last updated, or null (then it is taken to be {@code assessedOn})
 */
public record AccessibilityStatement(String contact, LocalDate assessedOn, List<String> knownIssues,
                                     String compliance, LocalDate updatedOn) {

    public AccessibilityStatement {
        knownIssues = List.copyOf(knownIssues);
    }
}
