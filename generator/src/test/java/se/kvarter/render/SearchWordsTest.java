package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the site search and their stems, as Lucene's analyzers make them at build time. */
class SearchWordsTest {

    private static String stem(SearchWords words, String text) {
        return words.stem(words.words(text).get(0));
    }

    @Test
    void inflectedSwedishWordsShareTheirStem() {
        try (SearchWords sv = new SearchWords("sv")) {
            assertAll(
                    () -> assertEquals(stem(sv, "rullstol"), stem(sv, "Rullstolar")),
                    () -> assertEquals(stem(sv, "arabisk"), stem(sv, "arabiska")),
                    () -> assertEquals(stem(sv, "Arbetsförmedlingen"), stem(sv, "arbetsförmedlingens")),
                    () -> assertEquals(stem(sv, "måltid"), stem(sv, "måltider")),
                    () -> assertEquals("maltid", stem(sv, "måltider"), "stems are folded as the script folds a query"),
                    () -> assertNotEquals(stem(sv, "mat"), stem(sv, "matte")),
                    () -> assertEquals("", stem(sv, "och"), "a stop word has no stem"));
        }
    }

    @Test
    void inflectedEnglishWordsShareTheirStem() {
        try (SearchWords en = new SearchWords("en")) {
            assertAll(
                    () -> assertEquals(stem(en, "wheelchair"), stem(en, "Wheelchairs")),
                    () -> assertEquals(stem(en, "meal"), stem(en, "meals")),
                    () -> assertEquals("", stem(en, "the")));
        }
    }

    @Test
    void wordsAreCutAtWhatIsNotALetterOrDigitAndFoldedWithoutMarks() {
        try (SearchWords ar = new SearchWords("ar"); SearchWords sv = new SearchWords("sv")) {
            assertAll(
                    () -> assertEquals(List.of("e", "post", "9", "19", "café"), sv.words("E-post: 9–19, Café!")),
                    () -> assertEquals("cafe", sv.fold("Café")),
                    () -> assertEquals(List.of("مُسَاعَدَة"), ar.words("مُسَاعَدَة"), "vowel marks keep an Arabic word whole"),
                    () -> assertEquals(ar.fold("مساعدة"), ar.fold("مُسَاعَدَة")),
                    () -> assertEquals(stem(ar, "المساعدة"), stem(ar, "مساعدة"), "the article is not part of the stem"));
        }
    }
}
