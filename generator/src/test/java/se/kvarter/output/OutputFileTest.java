package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputFileTest {

    @Test
    void aFileMadeFromTextHoldsItsUtf8BytesAndItsContentFile() {
        String text = "<p>Källaren – مرحبا 😀</p>";
        OutputFile file = OutputFile.text("om/index.html", text).from("pages/om.md");

        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), file.bytes());
        assertEquals(text, file.asText());
        assertEquals("pages/om.md", file.source());
        assertEquals("om/index.html", file.path());
    }

    @Test
    void aFileMadeFromBytesIsReadAsUtf8() {
        OutputFile file = new OutputFile("a.html", "Ärende".getBytes(StandardCharsets.UTF_8), "pages/a.md");

        assertEquals("Ärende", file.asText());
        assertEquals(null, new OutputFile("b.html", new byte[0]).source());
    }
}
