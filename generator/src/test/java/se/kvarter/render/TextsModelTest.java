package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read the interface texts through {@link TextsModel} as through FreeMarker's own adapter of the maps. */
class TextsModelTest {

    private static final String TEMPLATE = "${t.place.hours}|${t.place.missing!\"-\"}|${(t.nothing.at.all)!\"none\"}|"
            + "<#list t.place as key, text>${key}=${text};</#list>|${t.place?keys?join(\",\")}|${t.place?size}|"
            + "${t.site.comma}|${t.place.open?replace(\"{name}\", \"Källaren\")}|${t.list?join(\"+\")}|${t?has_content?c}";

    @Test
    void readsAsFreemarkersOwnAdapterOfTheMaps() throws Exception {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("hours", "Öppettider");
        place.put("open", "{name} är öppet");
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("place", place);
        texts.put("site", Map.of("comma", ", "));
        texts.put("list", List.of("a", "b"));

        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        Template template = new Template("t", new StringReader(TEMPLATE), configuration);
        String own = render(template, texts);
        assertEquals("Öppettider|-|none|hours=Öppettider;open={name} är öppet;|hours,open|2|, |Källaren är öppet|a+b|true", own);
        TextsModel model = TextsModel.of(texts, configuration.getObjectWrapper());
        for (int page = 0; page < 3; page++) { // after the first page, the keys are found by the template's own strings
            assertEquals(own, render(template, model));
        }
    }

    private static String render(Template template, Object texts) throws Exception {
        StringWriter out = new StringWriter();
        template.process(Map.of("t", texts), out);
        return out.toString();
    }
}
