package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON-LD of a page cannot end its script element, and reads back as the text it was given. */
class JsonLdEscapeTest {

    @Test
    void anglesAndAmpersandsAreEscapedWhereverTheyStand() throws Exception {
        JsonLd jsonLd = new JsonLd(new ObjectMapper(), null);
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("name", "</script><b>&amp; \"x\"");
        entity.put("about", Map.of("text", "a<b"));
        String text = jsonLd.write(entity);
        assertEquals("{\"@context\":\"https://schema.org\",\"name\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp; \\\"x\\\"\","
                + "\"about\":{\"text\":\"a\\u003cb\"}}", text);
        assertEquals("</script><b>&amp; \"x\"", new ObjectMapper().readTree(text).get("name").asText());
    }
}
