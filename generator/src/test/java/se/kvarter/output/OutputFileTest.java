package se.kvarter.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
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

    @Test
    void aFileInPartsIsTheirBytesInOrderAndKeepsThemAsParts() {
        List<byte[]> parts = List.of("[\n  {\"id\": \"a\"},".getBytes(StandardCharsets.UTF_8), new byte[0],
                "\n  {\"namn\": \"Källaren\"}\n]\n".getBytes(StandardCharsets.UTF_8));
        OutputFile file = OutputFile.ofParts("api/v1/places.json", parts).from("places/a.yaml");

        assertEquals("[\n  {\"id\": \"a\"},\n  {\"namn\": \"Källaren\"}\n]\n", file.asText());
        assertEquals(3, file.parts().size());
        assertEquals("places/a.yaml", file.source());
    }
}
