package se.kvarter.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultMapAdapter;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.ObjectWrapperWithAPISupport;
import java.util.HashMap;
import java.util.Map;

/**
 * The interface texts as templates read them ({@code t.place.hours}), made once per edition:
 * every group and text is wrapped once, not again on every read of every page, and found by the
 * template's own key strings ({@link TemplateKeys}). Listing a group, its keys and its size are
 * those of FreeMarker's own adapter of the map.
 */
final class TextsModel implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {

    private final Map<String, Object> texts;
    private final TemplateKeys<TemplateModel> models;
    private final DefaultMapAdapter adapter;

    private TextsModel(Map<String, Object> texts, Map<String, TemplateModel> models, DefaultMapAdapter adapter) {
        this.texts = texts;
        this.models = new TemplateKeys<>(models);
        this.adapter = adapter;
    }

    /** The model of {@code texts} (nested maps of strings, as {@link UiText} reads them). */
    @SuppressWarnings("unchecked")
    static TextsModel of(Map<String, Object> texts, ObjectWrapper wrapper) throws TemplateModelException {
        Map<String, TemplateModel> models = new HashMap<>();
        for (Map.Entry<String, Object> entry : texts.entrySet()) {
            Object value = entry.getValue();
            models.put(entry.getKey(), value instanceof Map<?, ?> group
                    ? of((Map<String, Object>) group, wrapper) : wrapper.wrap(value));
        }
        return new TextsModel(texts, models, DefaultMapAdapter.adapt(texts, (ObjectWrapperWithAPISupport) wrapper));
    }

    @Override
    public TemplateModel get(String key) {
        return models.get(key);
    }

    @Override
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    public int size() {
        return texts.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return adapter.keys();
    }

    @Override
    public TemplateCollectionModel values() {
        return adapter.values();
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() {
        return adapter.keyValuePairIterator();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return texts;
    }

    @Override
    public Object getWrappedObject() {
        return texts;
    }
}
