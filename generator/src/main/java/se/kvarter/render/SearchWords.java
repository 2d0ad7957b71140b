package se.kvarter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text as the site search knows them, and the stem of each, for one language.
 *
 * <p>A text is first folded and cut into words the same way {@code search.js} folds and cuts a
 * query: lower case in the edition's language, accents and other combining marks dropped (so
 * "café" and "cafe", "المساعدة" with or without its vowel marks, are the same word), and cut at
 * every character that is not a letter or a digit. The browser cannot run Lucene, so this part
 * is kept simple enough to be written twice, once here and once in the script.
 *
 * <p>Each word's stem comes from Lucene's analyzer for the language (the Snowball stemmers of
 * Swedish and English, Lucene's Arabic normaliser and light stemmer), run on the word before it
 * is folded, since the Swedish stemmer needs its å, ä and ö. A stop word ("och", "the") has the
 * empty stem: it is not indexed, and a query ignores it. Stems are folded too, so that the
 * script can compare a typed word with them. A language without its own analyzer gets Lucene's
 * standard one, which only lower-cases: its words are their own stems.
 *
 * <p>One instance per index build: it remembers each word's stem, and is not shared between threads.
 */
final class SearchWords implements AutoCloseable {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** The first of Unicode's combining marks. */
    private static final char FIRST_MARK = '\u0300';

    private final Locale locale;
    private final Analyzer analyzer;
    private final Map<String, String> stems = new HashMap<>();

    SearchWords(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.analyzer = switch (language) {
            case "sv" -> new SwedishAnalyzer();
            case "en" -> new EnglishAnalyzer();
            case "ar" -> new ArabicAnalyzer();
            default -> new StandardAnalyzer();
        };
    }

    /** A text as the script folds a query: lower case, no combining marks (accents, Arabic vowel marks). */
    String fold(String text) {
        String lower = text.toLowerCase(locale);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The words of {@code text}, each as it is written (lower case, not folded), in order. */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        cut(text, (lower, start, end, hash) -> words.add(lower.substring(start, end)));
        return words;
    }

    /** Where a word of a text is: {@code lower.substring(start, end)}, whose {@link String#hashCode} is {@code hash}. */
    interface Found {
        void word(String lower, int start, int end, int hash);
    }

    /**
     * The words of {@code text} as {@link #words} cuts them, each handed to {@code found} as a range
     * of the lower-case text with its hash, without a string of its own: the index looks each
     * occurrence up in its table of words met before ({@link WordTable}), and the text of every
     * page of a city passes here.
     */
    void cut(String text, Found found) {
        if (text == null) {
            return;
        }
        // marks stay inside a word here (an Arabic word with vowel marks is one word); the script
        // drops them before it cuts, which comes to the same words
        String lower = text.toLowerCase(locale);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= FIRST_MARK) {
                // text before the first combining mark (U+0300), such as Swedish and English, is in
                // Unicode's composed form (NFC) already: nothing there composes
                lower = Normalizer.normalize(lower, Normalizer.Form.NFC);
                break;
            }
        }
        // cut by hand rather than with a pattern of Unicode classes: the text of every page of a
        // city's site passes here
        int length = lower.length();
        int start = -1;
        int hash = 0;
        for (int i = 0; i < length; ) {
            char unit = lower.charAt(i);
            int c = Character.isSurrogate(unit) ? lower.codePointAt(i) : unit;
            int units = Character.charCount(c);
            if (isWordCharacter(c)) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                // as String.hashCode counts, one UTF-16 unit at a time
                hash = 31 * hash + unit;
                if (units == 2) {
                    hash = 31 * hash + lower.charAt(i + 1);
                }
            } else if (start >= 0) {
                found.word(lower, start, i, hash);
                start = -1;
            }
            i += units;
        }
        if (start >= 0) {
            found.word(lower, start, length, hash);
        }
    }

    /** A letter, a number or a combining mark ({@code \p{L}}, {@code \p{N}}, {@code \p{M}}). */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** The folded stem of a word of {@link #words}; empty for a stop word. */
    String stem(String word) {
        return stems.computeIfAbsent(word, this::analyse);
    }

    private String analyse(String word) {
        try (TokenStream tokens = analyzer.tokenStream("text", word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String stem = tokens.incrementToken() ? fold(term.toString()) : "";
            while (tokens.incrementToken()) {
                // a word is one token for these analyzers; the rest, if any, is dropped
            }
            tokens.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene reads a string held in memory", e);
        }
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
