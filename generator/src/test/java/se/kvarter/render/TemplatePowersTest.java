package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates format data; they cannot create Java objects or reach into the API of one. */
class TemplatePowersTest {

    @Test
    void aTemplateCannotRunAProgramThroughNew(@TempDir Path folder) throws IOException {
        Path proof = folder.resolve("ran");
        Files.writeString(folder.resolve("run.ftlh"),
                "<#assign exec = \"freemarker.template.utility.Execute\"?new()>${exec(\"touch " + proof + "\")}");
        Templates templates = new Templates(folder);

        assertThrows(TemplateFailure.class, () -> templates.render("run.ftlh", Map.of(), Locale.ROOT));
        assertFalse(Files.exists(proof), "the program did not run");
    }

    @Test
    void aTemplateCannotCreateAnyClassNorUseTheApiBuiltIn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("object.ftlh"), "${\"freemarker.template.SimpleHash\"?new()?size}");
        Files.writeString(folder.resolve("api.ftlh"), "${text?api.length()}");
        Files.writeString(folder.resolve("plain.ftlh"), "${text}");
        Templates templates = new Templates(folder);

        assertThrows(TemplateFailure.class, () -> templates.render("object.ftlh", Map.of(), Locale.ROOT));
        assertThrows(TemplateFailure.class, () -> templates.render("api.ftlh", Map.of("text", new StringBuilder("x")), Locale.ROOT));
        assertEquals("ok", new String(templates.render("plain.ftlh", Map.of("text", "ok"), Locale.ROOT), StandardCharsets.UTF_8),
                "ordinary templates still render");
    }
}
