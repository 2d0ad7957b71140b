package se.kvarter.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * What a page's template sees at its top level: {@code layout} (the data of the base layout),
 * {@code t} (the interface texts) and the components of the page's own record, by their names
 * ({@code ${place.name}}, {@code <#list events as event>}). Templates thus read typed records;
 * the page kinds and what each shows are {@link PageData}'s.
 */
final class PageModel implements TemplateHashModel {

    private final TemplateModel layout;
    private final TemplateModel texts;
    private final TemplateHashModel page;

    /** @param texts the interface texts' model, made once per edition ({@link TextsModel}) */
    PageModel(ObjectWrapper wrapper, Layout layout, TemplateModel texts, PageData page)
            throws TemplateModelException {
        // wrapped once: every page reads it many times
        this.layout = wrapper.wrap(layout);
        this.texts = texts;
        // a record wraps as a hash of its components (Configuration.VERSION_2_3_34)
        this.page = (TemplateHashModel) wrapper.wrap(page);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return switch (key) {
            case "layout" -> layout;
            case "t" -> texts;
            default -> page.get(key);
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
