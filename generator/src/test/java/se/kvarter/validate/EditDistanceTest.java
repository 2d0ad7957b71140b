package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** Suggestions' own edit distance gives what commons-text's Levenshtein distance gives. */
class EditDistanceTest {

    private static final LevenshteinDistance LIBRARY = LevenshteinDistance.getDefaultInstance();

    @Test
    void knownDistances() {
        assertEquals(0, Suggestions.editDistance("", ""));
        assertEquals(4, Suggestions.editDistance("", "name"));
        assertEquals(1, Suggestions.editDistance("nam", "name"));
        assertEquals(3, Suggestions.editDistance("kitten", "sitting"));
        assertEquals(2, Suggestions.editDistance("öppet", "oppen"));
    }

    @Property
    void agreesWithCommonsText(@ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'f') String a,
                               @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'f') String b) {
        assertEquals(LIBRARY.apply(a, b), Suggestions.editDistance(a, b), a + " / " + b);
    }
}
