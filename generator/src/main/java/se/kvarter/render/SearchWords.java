package se.kvarter.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** The first character after Latin-1. */
    private static final int LATIN1_END = 0x100;
    /** Each Latin-1 character in lower case (all of them are Latin-1 too). */
    private static final char[] LATIN1_LOWER_CASE = latin1LowerCase();
    /** Each Latin-1 character that is part of a word ({@link #isWordCharacter}) as it is, every other as 0. */
    private static final char[] LATIN1_WORDS = latin1Words(false);
    /** The same, each word character in lower case. */
    private static final char[] LATIN1_LOWER_WORDS = latin1Words(true);

    private final Locale locale;
    private final Analyzer analyzer;
    private final Map<String, String> stems = new HashMap<>();
    /** Whether Latin-1 text is put in lower case by {@link #LATIN1_LOWER_CASE} in this language. */
    private final boolean latin1Rules;
    /** The lower-case characters of the text being cut, kept from text to text. */
    private char[] chars = new char[4096];

    SearchWords(String language) {
        this.locale = Locale.forLanguageTag(language);
        // the JDK lower-cases I, J and some accented capitals of Latin-1 by rules of their own in these
        this.latin1Rules = !Set.of("tr", "az", "lt").contains(locale.getLanguage());
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
        cut(text, (lower, start, end, hash) -> words.add(new String(lower, start, end - start)));
        return words;
    }

    /**
     * Where a word of a text is: the characters {@code lower[start]} to {@code lower[end - 1]} of
     * the lower-case text, whose {@link String#hashCode} is {@code hash}. The array is reused for
     * the next text: what is kept of a word must be copied.
     */
    interface Found {
        void word(char[] lower, int start, int end, int hash);
    }

    /**
     * The words of {@code text} as {@link #words} cuts them, each handed to {@code found} as a range
     * of the lower-case text with its hash, without a string of its own: the index looks each
     * occurrence up in its table of words met before ({@link WordTable}), and the text of every
     * page of a city passes here.
     */
    void cut(CharSequence text, Found found) {
        if (text == null) {
            return;
        }
        int length = lowerCase(text); // first: it may make chars longer
        cut(chars, length, LATIN1_WORDS, found);
    }

    /**
     * {@link #cut} of the text in {@code text[0, length)}, all of it Latin-1 characters as written
     * (not in lower case), which is put in lower case there as it is read: a body's text as
     * {@link BodyText#latin1Text} leaves it.
     */
    void cutLatin1(char[] text, int length, Found found) {
        if (latin1Rules) {
            cut(text, length, LATIN1_LOWER_WORDS, found);
        } else {
            cut(new String(text, 0, length), found);
        }
    }

    /**
     * The words of {@code units[0, length)}, in lower case already ({@code words} is
     * {@link #LATIN1_WORDS}) or put in lower case on the way ({@link #LATIN1_LOWER_WORDS}; then
     * every unit is Latin-1, and each is written back in lower case).
     */
    private static void cut(char[] units, int length, char[] words, Found found) {
        int start = -1;
        int hash = 0;
        // cut by hand rather than with a pattern of Unicode classes: the text of every page of a
        // city's site passes here, and a Latin-1 unit is told by one look in a table
        for (int i = 0; i < length; i++) {
            char unit = units[i];
            boolean inWord;
            if (unit < LATIN1_END) {
                char word = words[unit];
                if (word != 0) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    units[i] = word;
                    hash = 31 * hash + word; // as String.hashCode counts
                    continue;
                }
                inWord = false;
            } else {
                int c = Character.isSurrogate(unit) ? Character.codePointAt(units, i, length) : unit;
                inWord = isWordCharacter(c);
                if (inWord) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    }
                    hash = 31 * hash + unit;
                    if (Character.charCount(c) == 2) {
                        hash = 31 * hash + units[++i];
                    }
                    continue;
                }
            }
            if (start >= 0) {
                found.word(units, start, i, hash);
                start = -1;
            }
        }
        if (start >= 0) {
            found.word(units, start, length, hash);
        }
    }

    /**
     * Puts {@code text} in lower case, as {@link String#toLowerCase(Locale)} in the edition's
     * language gives it, into {@link #chars}, and says how long it is there. Marks stay inside a
     * word (an Arabic word with vowel marks is one word); the script drops them before it cuts,
     * which comes to the same words.
     *
     * <p>Text of Latin-1 characters only (Swedish, English) is put in lower case here, a character
     * at a time from a table: for those characters the JDK's rules are the character's own in every
     * language but Turkish, Azerbaijani and Lithuanian, and nothing in such a text composes. This
     * reads every text once instead of three times (lower case, a look for combining marks, a
     * copy), and the text of every page of a city passes here.
     */
    private int lowerCase(CharSequence text) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        char[] units = chars;
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, length, units, 0); // a body's text, not made into a string of its own
        } else {
            text.toString().getChars(0, length, units, 0);
        }
        if (latin1Rules) {
            char[] lower = LATIN1_LOWER_CASE;
            int i = 0;
            while (i < length && units[i] < LATIN1_END) {
                units[i] = lower[units[i]];
                i++;
            }
            if (i == length) {
                return length;
            }
        }
        String lower = text.toString().toLowerCase(locale);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= FIRST_MARK) {
                // text before the first combining mark (U+0300), such as Swedish and English, is in
                // Unicode's composed form (NFC) already: nothing there composes
                lower = Normalizer.normalize(lower, Normalizer.Form.NFC);
                break;
            }
        }
        if (chars.length < lower.length()) {
            chars = new char[lower.length()];
        }
        lower.getChars(0, lower.length(), chars, 0);
        return lower.length();
    }

    private static char[] latin1LowerCase() {
        char[] lower = new char[LATIN1_END];
        for (char c = 0; c < LATIN1_END; c++) {
            lower[c] = Character.toLowerCase(c);
        }
        return lower;
    }

    /**
     * {@link #isWordCharacter} of each Latin-1 character, looked up rather than worked out (the
     * text of every page passes): the character, in lower case if asked, or 0 when it is none.
     * Lower case keeps a Latin-1 character a letter, digit or neither.
     */
    private static char[] latin1Words(boolean lowerCase) {
        char[] words = new char[LATIN1_END];
        for (char c = 1; c < LATIN1_END; c++) {
            if (isWordCharacter(c)) {
                words[c] = lowerCase ? LATIN1_LOWER_CASE[c] : c;
            }
        }
        return words;
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
