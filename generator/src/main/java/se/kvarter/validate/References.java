package se.kvarter.validate;

import se.kvarter.content.YamlNode;
import se.kvarter.source.Phrase;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Checks that an id written in content names an existing, published entry, and otherwise
 * reports it with the closest ids that do exist.
 */
final class References {

    private final ContentIndex index;
    private final Problems problems;
    private final boolean fromPublished;

    /**
     * @param fromPublished whether the entry that refers is published: only then must the
     *                      entries it refers to be published too
     */
    References(ContentIndex index, Problems problems, boolean fromPublished) {
        this.index = index;
        this.problems = problems;
        this.fromPublished = fromPublished;
    }

    /** The same references with their mistakes reported to {@code other}. */
    References reportingTo(Problems other) {
        return new References(index, other, fromPublished);
    }

    /** The id when it resolves, else null (reported). */
    String check(ContentIndex.Target target, YamlNode.Scalar value) {
        String id = value.value().strip();
        return check(target, id, value.at()) ? id : null;
    }

    /**
     * For references that may wait for their target (a link in a text, a related place): the id
     * when it resolves; null without an error when the target exists but is not published yet
     * (the reference appears by itself once it is); null with an error when it does not exist.
     */
    String whenPublished(ContentIndex.Target target, String id, Position at) {
        if (index.exists(target, id) && !index.isPublished(target, id)) {
            return null;
        }
        return check(target, id, at) ? id : null;
    }

    /** Whether {@code id} resolves; reports it at {@code at} when not. */
    boolean check(ContentIndex.Target target, String id, Position at) {
        if (!index.exists(target, id)) {
            if (index.ids(target).isEmpty()) {
                problems.add(at, "ref.unknown-none", new Phrase(target.phrase()), id);
            } else {
                problems.add(at, "ref.unknown", new Phrase(target.phrase()), id,
                        Suggestions.nearest(id, index.ids(target), 3));
            }
            return false;
        }
        if (fromPublished && !index.isPublished(target, id)) {
            problems.add(at, "ref.unpublished", new Phrase(target.phrase()), id);
            return false;
        }
        return true;
    }
}
