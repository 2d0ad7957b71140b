package se.kvarter.model;

import java.util.List;

/**
 * Who runs a place and who works with it there.
 *
 * @param organization the id of the organisation running it, or null
 * @param partners     the ids of the organisations it works with
 */
public record PlaceOperators(String organization, List<String> partners) {

    public PlaceOperators {
        partners = List.copyOf(partners);
    }
}
