package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link WordTable} against a plain map: the same word found again, however the table grew. */
class WordTableTest {

    @Test
    void aWordIsMadeOnceAndFoundByAnyRangeThatSpellsIt() {
        WordTable<List<String>> table = new WordTable<>();
        Map<String, List<String>> expected = new HashMap<>();
        List<String> made = new ArrayList<>();
        // far more words than the first table holds, read twice, each time in the middle of other text
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20_000; i++) {
                String word = "ord" + Integer.toString(i, 36);
                String text = "<" + word + ">";
                List<String> value = table.get(text.toCharArray(), 1, 1 + word.length(), word.hashCode(), w -> {
                    made.add(w);
                    return new ArrayList<>(List.of(w));
                });
                if (round == 0) {
                    expected.put(word, value);
                } else {
                    assertSame(expected.get(word), value, word);
                }
                assertEquals(List.of(word), value);
            }
        }
        assertEquals(20_000, made.size(), "each word made once");
    }
}
