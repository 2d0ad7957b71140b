package se.kvarter.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Set;
import java.util.function.Function;

/**
 * A record as a template reads it ({@link RecordWrapper}): {@code record.name} calls the record's
 * method {@code name()} through a function made once for its class and wraps what it returns. A
 * key that is no such method, a call with arguments and a method called with parentheses go to
 * the model FreeMarker itself makes of the record, made when first needed.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, AdapterTemplateModel,
        WrapperTemplateModel {

    private final Record record;
    private final TemplateKeys<Function<Object, Object>> accessors;
    /** The keys besides the accessors that FreeMarker's model may answer; null: any key. */
    private final Set<String> otherNames;
    private final RecordWrapper wrapper;
    private TemplateHashModelEx beanModel;

    RecordModel(Record record, RecordWrapper.Reading reading, RecordWrapper wrapper) {
        this.record = record;
        this.accessors = reading.accessors();
        this.otherNames = reading.otherNames();
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Function<Object, Object> accessor = accessors.get(key);
        if (accessor == null) {
            // a key the record has nothing for is missing, as FreeMarker's model would say
            return otherNames == null || otherNames.contains(key) ? beanModel().get(key) : null;
        }
        Object value;
        try {
            value = accessor.apply(record);
        } catch (RuntimeException e) {
            throw new TemplateModelException("reading " + key + " of " + record.getClass().getSimpleName(), e);
        }
        return wrapper.wrap(value);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        TemplateHashModelEx model = beanModel();
        return model instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key) : model.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false; // as FreeMarker's model of an object that is not a container
    }

    @Override
    public int size() throws TemplateModelException {
        return beanModel().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return beanModel().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return beanModel().values();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }

    private TemplateHashModelEx beanModel() throws TemplateModelException {
        if (beanModel == null) {
            beanModel = (TemplateHashModelEx) wrapper.beanModel(record);
        }
        return beanModel;
    }

    @Override
    public String toString() {
        return record.toString();
    }
}
