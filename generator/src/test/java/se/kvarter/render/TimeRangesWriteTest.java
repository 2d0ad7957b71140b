package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@link TimeRanges}: the text escaped as the templates escape it, each time range in its span. */
class TimeRangesWriteTest {

    private static String write(String text) throws IOException {
        StringWriter out = new StringWriter();
        TimeRanges.write(text, out);
        return out.toString();
    }

    @Test
    void rangesAreWrappedAndTheRestEscaped() throws IOException {
        assertEquals("Öppet <span class=\"range\">9:00–12:00</span> &amp; <span class=\"range\">13:00–17:00</span>"
                + " för &lt;barn&gt; och &quot;unga&quot;, d&#39;accord", write("Öppet 9:00–12:00 & 13:00–17:00 för <barn> och \"unga\", d'accord"));
    }

    @Test
    void aTimeAloneOrAHyphenIsNoRange() throws IOException {
        assertEquals("Stänger 17:00; 9:00-12:00", write("Stänger 17:00; 9:00-12:00"));
        assertEquals("", write(""));
    }
}
