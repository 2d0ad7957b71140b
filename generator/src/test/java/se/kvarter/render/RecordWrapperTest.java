package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read records through {@link RecordWrapper} as they read them through FreeMarker's own wrapper. */
class RecordWrapperTest {

    public record Card(String name, String summary, boolean open, int count, List<String> tags, Inner inner) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        public String greet(String who) {
            return "hej " + who + " från " + name;
        }
    }

    public record Inner(String area) {
    }

    /** A record that answers any key, as FreeMarker asks a public get(String) for an unknown one. */
    public record Lookup(String name) {
        public String get(String key) {
            return "v:" + key;
        }
    }

    /** A record that is also an iterator: FreeMarker lists what it gives, as it does for any iterator. */
    public record Countdown(int[] left) implements java.util.Iterator<Integer> {
        @Override
        public boolean hasNext() {
            return left[0] > 0;
        }

        @Override
        public Integer next() {
            return left[0]--;
        }
    }

    private static final String TEMPLATE = "${c.name}|${c.summary!\"-\"}|${c.open?c}|${c.count}|<#list c.tags as t>${t},</#list>|"
            + "${c.inner.area}|${c.shout}|${c.shout()}|${c.name()}|${c.greet(\"Ada\")}|${(c.summary??)?c}|${c.missing!\"none\"}";

    private static String render(Configuration configuration, Object card) throws Exception {
        Template template = new Template("t", new StringReader(TEMPLATE), configuration);
        StringWriter out = new StringWriter();
        template.process(Map.of("c", card), out);
        return out.toString();
    }

    @Test
    void aRecordReadsAsWithFreemarkersOwnWrapper() throws Exception {
        Card card = new Card("Källaren", null, true, 3, List.of("a", "b"), new Inner("Husby"));
        Configuration own = new Configuration(Configuration.VERSION_2_3_34);
        Configuration ours = new Configuration(Configuration.VERSION_2_3_34);
        ours.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));

        String expected = "Källaren|-|true|3|a,b,|Husby|KÄLLAREN|KÄLLAREN|Källaren|hej Ada från Källaren|false|none";
        assertEquals(expected, render(own, card));
        assertEquals(expected, render(ours, card));
        assertEquals(RecordModel.class, ours.getObjectWrapper().wrap(card).getClass(), "read by the record wrapper");
    }

    @Test
    void anUnknownKeyIsMissingUnlessTheRecordAnswersAnyKey() throws Exception {
        Configuration ours = new Configuration(Configuration.VERSION_2_3_34);
        ours.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        Configuration own = new Configuration(Configuration.VERSION_2_3_34);
        String text = "${l.name}|${l.anything}|${(l.hashCode??)?c}";
        for (Configuration configuration : List.of(own, ours)) {
            Template template = new Template("t", new StringReader(text), configuration);
            StringWriter out = new StringWriter();
            template.process(Map.of("l", new Lookup("x")), out);
            assertEquals("x|v:anything|true", out.toString());
        }
    }

    @Test
    void stringsAndContainerRecordsAreWrappedAsFreemarkersOwnWrapperWrapsThem() throws Exception {
        Configuration own = new Configuration(Configuration.VERSION_2_3_34);
        RecordWrapper ours = new RecordWrapper(Configuration.VERSION_2_3_34);
        Countdown countdown = new Countdown(new int[] {3});
        assertEquals(own.getObjectWrapper().wrap(countdown).getClass(), ours.wrap(countdown).getClass(),
                "a record that is an iterator is listed");
        assertEquals(own.getObjectWrapper().wrap("Källaren").getClass(), ours.wrap("Källaren").getClass());
        assertEquals("Källaren", ((TemplateScalarModel) ours.wrap("Källaren")).getAsString());
        assertEquals(RecordModel.class, ours.wrap(new Inner("Husby")).getClass(), "a plain record, read by the record wrapper");
    }
}
