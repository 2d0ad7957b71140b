package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputFileTest {

    @Test
    void aFileMadeFromTextKeepsItsTextAndItsContentFile() {
        String text = "<p>Källaren – مرحبا 😀</p>";
        OutputFile file = OutputFile.text("om/index.html", text).from("pages/om.md");

        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), file.bytes());
        assertSame(text, file.asText(), "the text is not decoded again");
        assertEquals("pages/om.md", file.source());
    }

    @Test
    void aFileMadeFromBytesIsReadAsUtf8() {
        OutputFile file = new OutputFile("a.html", "Ärende".getBytes(StandardCharsets.UTF_8), "pages/a.md");

        assertEquals("Ärende", file.asText());
        assertEquals(null, file.text());
    }
}
