package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Values found by the template's own key strings read as the map's values, whichever string asks. */
class TemplateKeysTest {

    /** An equal string that is another object, as each spot of a template has its own. */
    private static String spot(String name) {
        return new String(name.toCharArray());
    }

    @Test
    void equalStringsFromManySpotsReadTheSameValues() {
        TemplateKeys<Integer> keys = new TemplateKeys<>(Map.of("name", 1, "summary", 2));
        List<String> spots = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spots.add(spot(i % 2 == 0 ? "name" : "summary"));
            spots.add(spot("missing"));
        }
        for (int round = 0; round < 3; round++) { // the first round remembers, the others find
            for (String key : spots) {
                Integer expected = Map.of("name", 1, "summary", 2).get(key);
                assertEquals(expected, keys.get(key), key);
            }
        }
        assertNull(keys.get(spot("nothing")));
    }

    @Test
    void keysMadeAsATemplateRunsAreStillFoundBeyondWhatIsRemembered() {
        TemplateKeys<Integer> keys = new TemplateKeys<>(Map.of("name", 1));
        for (int i = 0; i < TemplateKeys.MOST * 2; i++) {
            assertEquals(1, keys.get(spot("name")));
            assertNull(keys.get(spot("other" + i)));
        }
    }

    @Test
    void threadsReadingAtOnceAllReadTheValues() throws Exception {
        TemplateKeys<Integer> keys = new TemplateKeys<>(Map.of("a", 1, "b", 2, "c", 3));
        List<String> spots = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            spots.add(spot(String.valueOf((char) ('a' + i % 4))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> sums = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                sums.add(pool.submit(() -> {
                    int sum = 0;
                    for (int round = 0; round < 20; round++) {
                        for (String key : spots) {
                            Integer value = keys.get(key);
                            sum += value == null ? 0 : value;
                        }
                    }
                    return sum;
                }));
            }
            for (Future<Integer> sum : sums) {
                assertEquals(20 * 75 * (1 + 2 + 3), sum.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
