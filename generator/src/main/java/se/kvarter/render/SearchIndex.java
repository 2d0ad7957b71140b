package se.kvarter.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The site search's index of one edition, made at build time and split into small JSON files so
 * that a query downloads a few of them, whatever the size of the city.
 *
 * <p>Why this shape. The browser cannot run Lucene's stemmers, so the build ships what a query
 * needs to find every form of a word without them:
 * <ul>
 * <li>a <b>vocabulary</b>: every word that occurs in the edition, folded as a query is folded
 *     ({@link SearchWords}), with its stem ("rullstolar" → "rullstol"; a stop word → ""). A typed
 *     word is looked up as it is, as the start of longer words (the resident is still typing), and
 *     as a longer form of a word of the site ("wheelchairs" finds "wheelchair");</li>
 * <li><b>postings</b>: for every stem, the pages that hold it, in three lists by where on the
 *     page it stands: name or title; services, areas, summary and facts; body text. The lists
 *     are what ranks a page, and hold page numbers as the differences between them, which keeps
 *     a stem that is on every page to a few bytes a page;</li>
 * <li>the <b>pages</b> themselves, by number: title, address, kind, a short text, the language of
 *     the title when it is not the edition's.</li>
 * </ul>
 *
 * <p>Each of the three is split into parts. Vocabulary and postings are sorted by word and by
 * stem and cut into ranges of about equal size, so a word's part is the one whose first word is
 * the last not after it, and the words that start with what was typed are side by side; the
 * manifest ({@code index.json}) lists each part's first word. The number of parts follows from
 * the number of pages alone ({@link #partCounts}), so that the build knows every file to write
 * before it reads a single text, and a part stays about the same size as the city grows: more
 * pages, more parts, not larger ones.
 */
final class SearchIndex {

    /** Pages per part of the pages' list: small, since the ten results shown may each be in another part. */
    static final int PAGES_PER_PART = 20;
    /** Pages per part of postings (a stem holds a few bytes for each page it is on): a part of 10 to 20 KB. */
    static final int PAGES_PER_STEM_PART = 50;
    /** Many more per part of the vocabulary, which grows with the language, not with the pages. */
    static final int PAGES_PER_WORD_PART = 400;
    /** The longest short text shown with a result, in characters. */
    static final int TEXT_LENGTH = 160;

    /** Where on a page a word stands, from the weakest to the strongest. */
    enum Field { BODY, FACTS, TITLE }

    /**
     * One page to search in.
     *
     * @param title the name or title
     * @param kind  what sort of page it is, in words
     * @param text  the short text shown with a result (a summary), or null
     * @param lang  the language of the title when it is not the edition's, or null
     * @param facts the words a resident searches by besides the title: services, area, summary,
     *              languages spoken, accessibility, and the like
     * @param bodyHtml the page's own text as HTML, or null; its words are read from it while the
     *                 index is made, one page at a time, so that the text of every page of a city
     *                 is never held at once
     */
    public record Document(String title, String url, String kind, String text, String lang, List<String> facts,
                           String bodyHtml) {
        public Document {
            facts = List.copyOf(facts);
        }
    }

    /** How many files of each part the index of {@code pages} pages has. */
    record PartCounts(int pages, int words, int stems) {
    }

    /** The files of the index: the manifest and the parts of each kind, as JSON text, by number. */
    record Files(String manifest, List<String> pages, List<String> words, List<String> stems) {
    }

    private SearchIndex() {
    }

    static PartCounts partCounts(int pages) {
        return new PartCounts(Math.max(1, ceil(pages, PAGES_PER_PART)), Math.max(1, ceil(pages, PAGES_PER_WORD_PART)),
                Math.max(1, ceil(pages, PAGES_PER_STEM_PART)));
    }

    private static int ceil(int value, int divisor) {
        return (value + divisor - 1) / divisor;
    }

    /** The index of {@code documents}, in their order (which breaks ties between equal hits). */
    static Files build(String language, List<Document> documents, ObjectMapper json) {
        // hash maps while the words are read (a city's site has millions), sorted once at the end
        Map<String, String> vocabulary = new HashMap<>();
        Map<String, Pages> best = new HashMap<>();
        try (SearchWords words = new SearchWords(language)) {
            Words read = new Words(words, vocabulary, best);
            for (int page = 0; page < documents.size(); page++) {
                Document document = documents.get(page);
                read.add(document.title(), Field.TITLE, page);
                for (String fact : document.facts()) {
                    read.add(fact, Field.FACTS, page);
                }
                read.addBody(document.bodyHtml(), page);
            }
        }
        PartCounts counts = partCounts(documents.size());
        // each entry is written as JSON once, and the parts are the entries' texts joined: the
        // postings of a city's stems are a few megabytes, and a part's size is counted in bytes
        Map<String, Entry> words = new TreeMap<>();
        vocabulary.forEach((word, stem) -> words.put(word, new Entry(quoted(word) + ':' + quoted(stem),
                wideBytes(word) + wideBytes(stem))));
        Map<String, Entry> stems = new TreeMap<>();
        best.forEach((stem, pages) -> stems.put(stem, new Entry(pages.postings(new StringBuilder(quoted(stem)).append(':')),
                wideBytes(stem))));
        Split wordParts = split(words, counts.words());
        Split stemParts = split(stems, counts.stems());
        List<String> pages = new ArrayList<>();
        List<String> kinds = documents.stream().map(Document::kind).distinct().toList();
        for (int part = 0; part < counts.pages(); part++) {
            List<List<Object>> items = new ArrayList<>();
            for (int page = part * PAGES_PER_PART; page < Math.min(documents.size(), (part + 1) * PAGES_PER_PART); page++) {
                Document document = documents.get(page);
                List<Object> item = new ArrayList<>(Arrays.asList(document.title(), document.url(),
                        kinds.indexOf(document.kind()), shorten(document.text())));
                if (document.lang() != null) {
                    item.add(document.lang());
                }
                items.add(item);
            }
            pages.add(write(json, items));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("language", language);
        manifest.put("kinds", kinds);
        manifest.put("pages", documents.size());
        manifest.put("pagesPerPart", PAGES_PER_PART);
        manifest.put("words", wordParts.firsts());
        manifest.put("stems", stemParts.firsts());
        return new Files(write(json, manifest), pages, wordParts.parts(), stemParts.parts());
    }

    /**
     * Reads the words of texts into the vocabulary (each folded word to its stem, the first met
     * deciding) and the pages of each stem: what a word stands for is worked out the first time
     * it is met, and each later time costs one look-up.
     */
    private static final class Words {
        /** A word's pages, shared by every word of its stem; {@link #stop} for a stop word. */
        private final WordTable<Pages> byWord = new WordTable<>();
        /** Stands for the pages of a stop word, which are not kept. */
        private final Pages stop = new Pages();
        private final SearchWords words;
        private final Map<String, String> vocabulary;
        private final Map<String, Pages> byStem;

        /** {@link #pagesOf}, made once: the build's compiler (C1) would make a new one for every word read. */
        private final Function<String, Pages> newWord = this::pagesOf;
        /** A body's HTML and then its text ({@link BodyText#latin1Text}), kept from body to body. */
        private char[] text = new char[4096];
        /** A body's text when it is read the general way ({@link BodyText#of(String, StringBuilder)}). */
        private final StringBuilder body = new StringBuilder();

        Words(SearchWords words, Map<String, String> vocabulary, Map<String, Pages> byStem) {
            this.words = words;
            this.vocabulary = vocabulary;
            this.byStem = byStem;
        }

        void add(CharSequence text, Field field, int page) {
            words.cut(text, found(field, page));
        }

        /** The words of a body, read straight from its HTML when it is Latin-1 text ({@link BodyText#latin1Text}). */
        void addBody(String html, int page) {
            if (html == null) {
                return;
            }
            if (text.length < html.length()) {
                text = new char[Math.max(html.length(), text.length * 2)];
            }
            int length = BodyText.latin1Text(html, text);
            if (length >= 0) {
                words.cutLatin1(text, length, found(Field.BODY, page));
            } else {
                add(BodyText.of(html, body), Field.BODY, page);
            }
        }

        private SearchWords.Found found(Field field, int page) {
            int strength = field.ordinal();
            return (lower, start, end, hash) -> {
                Pages pages = byWord.get(lower, start, end, hash, newWord);
                if (pages != stop) {
                    pages.add(page, strength);
                }
            };
        }

        private Pages pagesOf(String word) {
            String stem = words.stem(word);
            vocabulary.putIfAbsent(words.fold(word), stem);
            return stem.isEmpty() ? stop : byStem.computeIfAbsent(stem, s -> new Pages());
        }
    }

    /** The pages a stem is on, in ascending order, each with the strongest field it stands in there. */
    private static final class Pages {
        private int[] numbers = new int[4];
        /** The {@link Field#ordinal} of each page's strongest field. */
        private byte[] fields = new byte[4];
        private int size;

        void add(int page, int field) {
            if (size > 0 && numbers[size - 1] == page) {
                if (field > fields[size - 1]) {
                    fields[size - 1] = (byte) field;
                }
                return;
            }
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
                fields = Arrays.copyOf(fields, size * 2);
            }
            numbers[size] = page;
            fields[size] = (byte) field;
            size++;
        }

        /**
         * Appends three lists, title first, each of the differences between ascending page
         * numbers, as a JSON array of arrays: {@code [[3],[],[1,4]]}.
         */
        String postings(StringBuilder out) {
            out.append('[');
            for (int field = Field.TITLE.ordinal(); field >= 0; field--) {
                out.append(field == Field.TITLE.ordinal() ? "[" : ",[");
                int last = 0;
                boolean first = true;
                for (int i = 0; i < size; i++) {
                    if (fields[i] == field) {
                        if (!first) {
                            out.append(',');
                        }
                        // most differences are a digit: a city's stems have millions of them
                        int gap = numbers[i] - last;
                        if (gap < 10) {
                            out.append((char) ('0' + gap));
                        } else {
                            out.append(gap);
                        }
                        last = numbers[i];
                        first = false;
                    }
                }
                out.append(']');
            }
            return out.append(']').toString();
        }
    }

    /** Entries cut into parts of about equal size in bytes: each part's JSON object, and its first key (null for an empty part). */
    private record Split(List<String> parts, List<String> firsts) {
    }

    /**
     * An entry of a part, {@code "key":value}, and how many more bytes than characters it takes
     * in UTF-8: only the words in it may hold characters beyond ASCII (JSON's escapes are ASCII,
     * and so are the numbers of the postings), so that is counted in them, not in the whole text.
     */
    private record Entry(String text, int wide) {
        /** Its size alone in an object, {@code {"key":value}}, in UTF-8 bytes. */
        long bytes() {
            return 2L + text.length() + wide;
        }
    }

    /**
     * The entries of {@code sorted} (key to its entry) cut into {@code count} JSON objects of
     * about the same size in bytes, in order.
     */
    private static Split split(Map<String, Entry> sorted, int count) {
        long total = 0;
        for (Entry entry : sorted.values()) {
            total += entry.bytes();
        }
        List<StringBuilder> parts = new ArrayList<>();
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new StringBuilder("{"));
            firsts.add(null);
        }
        long before = 0;
        for (Map.Entry<String, Entry> entry : sorted.entrySet()) {
            // the part where the entry starts: parts of total/count bytes each, in order
            int part = total == 0 ? 0 : (int) Math.min(count - 1, before * count / total);
            StringBuilder text = parts.get(part);
            if (firsts.get(part) == null) {
                firsts.set(part, entry.getKey());
            } else {
                text.append(',');
            }
            text.append(entry.getValue().text());
            before += entry.getValue().bytes();
        }
        return new Split(parts.stream().map(text -> text.append('}').toString()).toList(), firsts);
    }

    /** How many more bytes than UTF-16 units {@code text} takes in UTF-8 (a surrogate pair: two units, four bytes). */
    static int wideBytes(String text) {
        int more = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            more += c < 0x80 ? 0 : c < 0x800 || Character.isSurrogate(c) ? 1 : 2;
        }
        return more;
    }

    /** A string as JSON writes it: quoted, with quotes, backslashes and control characters escaped. */
    private static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    /** A short text cut at a word before {@link #TEXT_LENGTH} characters. */
    private static String shorten(String text) {
        if (text == null || text.length() <= TEXT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TEXT_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : TEXT_LENGTH - 1).strip() + "…";
    }

    private static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index is made of strings, numbers and lists", e);
        }
    }
}
