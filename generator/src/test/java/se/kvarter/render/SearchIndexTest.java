package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search index's parts are cut by size in bytes, counted from the words in each entry. */
class SearchIndexTest {

    @Test
    void wideBytesAreWhatUtf8AddsToTheCharacters() {
        for (String text : List.of("", "rullstol", "måltider", "Ærø", "المساعدة", "café\u0301", "€", "☕️ kaffe",
                "😀", "a😀b", "\u07ff\u0800\uffff")) {
            assertEquals(text.getBytes(StandardCharsets.UTF_8).length, text.length() + SearchIndex.wideBytes(text), text);
        }
    }
}
