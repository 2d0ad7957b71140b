package se.kvarter.render;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The words met while the search index reads a site's texts, each with what the index keeps for
 * it, looked up by a range of the text instead of by a string: a city's news have millions of
 * word occurrences and a few tens of thousands of different words, so a string and a hash of its
 * own for every occurrence (what a {@code HashMap<String, V>} needs) cost more than the rest of
 * the index together. Open addressing with linear probing, at most half full; not thread-safe.
 *
 * @param <V> what is kept for a word; never null
 */
final class WordTable<V> {

    private char[][] words = new char[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private Object[] values = new Object[1 << 12];
    private int size;

    /**
     * What is kept for the word of the characters {@code text[start]} to {@code text[end - 1]}
     * (whose hash is {@code hash}, as {@link String#hashCode} gives it), made by {@code make} from
     * the word the first time.
     */
    @SuppressWarnings("unchecked")
    V get(char[] text, int start, int end, int hash, Function<String, V> make) {
        char[][] words = this.words; // locals: C1, the build's compiler, reloads fields in every pass
        int[] hashes = this.hashes;
        int mask = words.length - 1;
        int slot = spread(hash) & mask;
        while (words[slot] != null) {
            if (hashes[slot] == hash && same(words[slot], text, start, end)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String word = new String(text, start, end - start);
        V value = make.apply(word);
        words[slot] = Arrays.copyOfRange(text, start, end);
        hashes[slot] = hash;
        values[slot] = value;
        if (++size * 2 > words.length) {
            grow();
        }
        return value;
    }

    /**
     * Whether {@code word} is {@code text[start, end)}: a loop rather than {@code Arrays.equals},
     * whose vectorised compare costs more than it saves on words of a few letters under C1.
     */
    private static boolean same(char[] word, char[] text, int start, int end) {
        if (word.length != end - start) {
            return false;
        }
        for (int i = 0; i < word.length; i++) {
            if (word[i] != text[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** Hashes of short words differ mostly in their low bits' neighbours: mix the high bits in. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        char[][] oldWords = words;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        words = new char[oldWords.length * 2][];
        hashes = new int[oldWords.length * 2];
        values = new Object[oldWords.length * 2];
        int mask = words.length - 1;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int slot = spread(oldHashes[i]) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
