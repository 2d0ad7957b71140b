package se.kvarter.validate;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.model.Place;
import se.kvarter.source.Problems;

/**
 * Old addresses ({@code aliases}) that two places both claim: one address can send visitors to
 * one place only. A check across files, so it runs once all places are validated; the later
 * file (by path) gets the error.
 */
final class AliasClashes {

    private final Problems problems;

    AliasClashes(Problems problems) {
        this.problems = problems;
    }

    /**
     * @param documents the place files as written
     * @param published the places this build publishes (only their aliases become pages)
     */
    void check(List<SourceDocument> documents, List<Place> published) {
        Set<String> ids = published.stream().map(Place::id).collect(Collectors.toSet());
        Map<String, SourceDocument> owners = new HashMap<>();
        List<SourceDocument> places = documents.stream()
                .filter(document -> !document.file().isTranslation() && ids.contains(document.id()))
                .sorted(Comparator.comparing(document -> document.file().path()))
                .toList();
        for (SourceDocument document : places) {
            for (YamlNode.Scalar alias : aliases(document)) {
                String path = PlaceValidator.aliasPath(alias.value().strip());
                SourceDocument owner = path == null ? null : owners.putIfAbsent(path, document);
                if (owner != null && owner != document) {
                    problems.add(alias.at(), "place.alias-twice", alias.value().strip(), owner.file().path());
                }
            }
        }
    }

    /** The aliases as written; their mistakes were reported when the place was validated. */
    private static List<YamlNode.Scalar> aliases(SourceDocument document) {
        return new Fields(document.fields(), "", new Problems(), PlaceValidator.FIELDS).scalars("aliases");
    }
}
