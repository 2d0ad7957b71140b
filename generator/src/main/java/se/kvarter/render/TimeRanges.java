package se.kvarter.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates' {@code <@timeRanges text=.../>}: a line of text, HTML-escaped, with each time
 * range ("13:00–17:00") in a {@code <span class="range">} that the stylesheet keeps on one line,
 * so that a narrow screen never breaks a range after its dash. A directive rather than a
 * template's pattern replacement: hours lines are on most pages of a city's site, tens of
 * thousands of them a build, and the template's way re-read its pattern and wrapped the text
 * three times for each.
 */
final class TimeRanges implements TemplateDirectiveModel {

    private static final Pattern RANGE = Pattern.compile("[0-9]{1,2}:[0-9]{2}–[0-9]{1,2}:[0-9]{2}");

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (!(params.get("text") instanceof TemplateScalarModel text) || params.size() != 1) {
            throw new TemplateModelException("timeRanges takes one parameter, text, a string");
        }
        write(text.getAsString(), env.getOut());
    }

    /** {@code text} escaped for HTML, its time ranges each in a span of class {@code range}. */
    static void write(String text, Writer out) throws IOException {
        Matcher range = RANGE.matcher(text);
        int written = 0;
        while (range.find()) {
            out.write(StringUtil.XHTMLEnc(text.substring(written, range.start())));
            out.write("<span class=\"range\">");
            out.write(StringUtil.XHTMLEnc(range.group()));
            out.write("</span>");
            written = range.end();
        }
        out.write(StringUtil.XHTMLEnc(text.substring(written)));
    }
}
