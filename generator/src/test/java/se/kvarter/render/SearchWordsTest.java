package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
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

    /**
     * The words are cut by hand for speed; they must be what cutting at every run of characters
     * outside the Unicode classes of letters, numbers and marks gives, for any text.
     */
    @Test
    void cuttingByHandGivesWhatTheUnicodeClassesGive() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
        int[] alphabet = "aZ09åÄé-–, !?\t\n\u0301\u064E\u0663\u00BD\u2167\u02B0ـمسا".codePoints().toArray();
        int[] astral = {0x1D538, 0x1F600, 0x10400, 0x1D7D8};
        Random random = new Random(42);
        try (SearchWords sv = new SearchWords("sv")) {
            for (int round = 0; round < 2_000; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    text.appendCodePoint(random.nextInt(8) == 0 ? astral[random.nextInt(astral.length)]
                            : alphabet[random.nextInt(alphabet.length)]);
                }
                String lower = Normalizer.normalize(text.toString().toLowerCase(Locale.forLanguageTag("sv")),
                        Normalizer.Form.NFC);
                List<String> expected = Arrays.stream(notWord.split(lower)).filter(w -> !w.isEmpty()).toList();
                assertEquals(expected, sv.words(text.toString()), "words of " + text);
                List<Integer> hashes = new java.util.ArrayList<>();
                sv.cut(text.toString(), (cut, start, end, hash) -> hashes.add(hash));
                assertEquals(expected.stream().map(String::hashCode).toList(), hashes, "hashes of the words of " + text);
            }
        }
    }

    /**
     * Latin-1 text is put in lower case by a table of its own (the text of every page passes): it
     * must give what the JDK's lower case gives in the language, also in those whose rules differ
     * for Latin-1 capitals (Turkish, Lithuanian), and whatever other characters follow.
     */
    @Test
    void lowerCaseOfLatinOneTextIsTheJdksInEveryLanguage() {
        StringBuilder latin1 = new StringBuilder();
        for (char c = 0x20; c < 0x100; c++) {
            latin1.append(c);
        }
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
        Random random = new Random(7);
        for (String language : List.of("sv", "en", "ar", "tr", "lt", "fi")) {
            Locale locale = Locale.forLanguageTag(language);
            try (SearchWords words = new SearchWords(language)) {
                for (int round = 0; round < 500; round++) {
                    StringBuilder text = new StringBuilder();
                    for (int i = random.nextInt(40); i > 0; i--) {
                        text.append(latin1.charAt(random.nextInt(latin1.length())));
                    }
                    if (round % 5 == 0) {
                        text.append("İ\u0307Ω");
                    }
                    String lower = Normalizer.normalize(text.toString().toLowerCase(locale), Normalizer.Form.NFC);
                    List<String> expected = Arrays.stream(notWord.split(lower)).filter(w -> !w.isEmpty()).toList();
                    assertEquals(expected, words.words(text.toString()), language + ": words of " + text);
                }
            }
        }
    }
}

