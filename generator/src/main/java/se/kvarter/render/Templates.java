package se.kvarter.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import se.kvarter.output.Utf8Buffer;
import se.kvarter.source.Position;

/**
 * The Freemarker templates of a {@code templates/} folder: one configuration for the whole
 * build (templates are parsed once and cached), HTML auto-escaping for {@code .ftlh} files,
 * and errors rethrown as {@link TemplateFailure} with the template's line and column.
 */
public final class Templates {

    private final Configuration configuration;
    private final String folderName;
    /**
     * Buffers that pages were written into, to write the next ones, instead of a fresh one per page
     * and the copies made as it grows. One per thread at most.
     */
    private final Queue<Utf8Buffer> buffers = new ConcurrentLinkedQueue<>();
    /**
     * The models of the editions' texts by the texts' map (by identity: each build of the dev
     * server reads the texts again), the latest few: a site has a handful of languages.
     */
    private final Map<Map<String, Object>, TemplateModel> textModels = new IdentityHashMap<>();
    private static final int TEXT_MODELS_KEPT = 16;

    public Templates(Path folder) {
        this.folderName = folder.toAbsolutePath().normalize().getFileName().toString();
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        try {
            configuration.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        // Each template file is read once, not looked at again before every page (a canonical path,
        // a stat and a last-modified time per template used). The dev server, which sees templates
        // change, calls forgetParsed() when one did.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates format what the build hands them and need no Java beyond that: without these,
        // ?new could instantiate freemarker.template.utility.Execute and run programs, and ?api
        // could reach into the methods of any object a template sees.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        // Dates reach templates as preformatted text; these only guard against accidental use.
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setLocale(Locale.ROOT);
        configuration.setSharedVariable("timeRanges", new TimeRanges());
    }

    /** Forgets every parsed template, so that the next page reads the files again. */
    public void forgetParsed() {
        configuration.clearTemplateCache();
    }

    /**
     * Renders the page template {@code name} (such as {@code pages/place.ftlh}) with the layout,
     * the texts of the page's language and the page's own data, as UTF-8.
     */
    byte[] render(String name, Layout layout, Map<String, Object> texts, PageData page, Locale locale) {
        try {
            return render(name, new PageModel(configuration.getObjectWrapper(), layout, textsModel(texts), page), locale);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("the data of " + name + " cannot be given to its template", e);
        }
    }

    /** The model of an edition's texts, made at its first page (the maps are an edition's, not changed once read). */
    private TemplateModel textsModel(Map<String, Object> texts) throws TemplateModelException {
        synchronized (textModels) {
            TemplateModel model = textModels.get(texts);
            if (model == null) {
                if (textModels.size() >= TEXT_MODELS_KEPT) {
                    textModels.clear();
                }
                model = TextsModel.of(texts, configuration.getObjectWrapper());
                textModels.put(texts, model);
            }
            return model;
        }
    }

    /** Renders {@code name} with {@code model} as its top-level variables, as UTF-8. */
    byte[] render(String name, Object model, Locale locale) {
        Template template = template(name, locale);
        Utf8Buffer pooled = buffers.poll();
        Utf8Buffer out = pooled != null ? pooled : new Utf8Buffer(64 * 1024);
        out.clear();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new TemplateFailure(position(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber()),
                    firstParagraph(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = out.bytes();
        buffers.offer(out);
        return bytes;
    }

    /** Whether the templates folder has {@code name}. */
    public boolean exists(String name) {
        try {
            return configuration.getTemplateLoader().findTemplateSource(name) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Template template(String name, Locale locale) {
        try {
            return configuration.getTemplate(name, locale);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(Position.ofFile(folderName + "/" + name), "the template is missing", e);
        } catch (ParseException e) {
            throw new TemplateFailure(position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()),
                    firstParagraph(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Freemarker's explanation as one line: its first paragraph, without the tips and the list of
     * expected tokens that follow it (a build error is one line per problem).
     */
    static String firstParagraph(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            String part = line.strip();
            if (part.isEmpty() || part.startsWith("----") || part.startsWith("Was expecting")) {
                break;
            }
            text.append(text.length() == 0 ? "" : " ").append(part);
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private Position position(String template, Integer line, Integer column) {
        return new Position(folderName + "/" + (template == null ? "?" : template),
                line == null ? 1 : line, column == null ? 1 : column);
    }
}
