package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

class TextDecoderTest {

    @Test
    void aWrittenReplacementCharacterIsTextNotABadByte() {
        Problems problems = new Problems();
        String text = "title: \"Öppet \uFFFD igen\"\r\n";

        Optional<String> decoded = TextDecoder.decode("news/a.md", text.getBytes(StandardCharsets.UTF_8), problems);

        assertEquals(Optional.of("title: \"Öppet \uFFFD igen\"\n"), decoded);
        assertTrue(problems.isEmpty(), problems.all().toString());
    }

    @Test
    void aBadByteIsReportedWhereItStands() {
        Problems problems = new Problems();
        byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, (byte) 0xA5, (byte) 0xFF, 'c'};

        assertEquals(Optional.empty(), TextDecoder.decode("places/a.yaml", bytes, problems));
        ContentError error = problems.all().get(0);
        assertEquals(new Position("places/a.yaml", 2, 3), error.at());
        assertEquals("file.not-utf8", error.key());
    }

    @Test
    void aByteOrderMarkGoesAndLineEndsBecomeLineFeeds() {
        Problems problems = new Problems();
        byte[] bytes = "\uFEFFa\r\nb\rc".getBytes(StandardCharsets.UTF_8);

        assertEquals(Optional.of("a\nb\nc"), TextDecoder.decode("pages/a.md", bytes, problems));
    }
}
