package se.kvarter.render;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.beans.Introspector;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * FreeMarker's default object wrapper, with the records the build hands to templates read through
 * accessors made once per record class ({@link RecordModel}). FreeMarker's own wrapping of a
 * record finds each property in its introspection tables and calls it by reflection on every
 * read, and templates read thousands of record components per page: that was almost a third of
 * the time spent in templates (bench/RESULTS.md, seventeenth round). What a record offers beyond
 * its components and other methods without arguments (a method with arguments, such as {@code
 * layout.dirOf(code)}) is still FreeMarker's.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    /**
     * How the records of one class are read: their accessors by name (found by the template's
     * own key strings, {@link TemplateKeys}), the other keys FreeMarker's model of them may answer
     * ({@link #otherNamesOf}; null when it answers any key), and whether they are plain records
     * that {@link #wrap} models at once.
     */
    record Reading(TemplateKeys<Function<Object, Object>> accessors, Set<String> otherNames, boolean plain) {
    }

    private final Map<Class<?>, Reading> readings = new ConcurrentHashMap<>();

    RecordWrapper(Version incompatibleImprovements) {
        super(new DefaultObjectWrapperBuilder(incompatibleImprovements), true);
    }

    /**
     * Strings and records, most of what templates read, are wrapped here first: FreeMarker's own
     * {@code wrap} asks every value a row of interface questions (is it a template model, a
     * collection, a map, an iterator ...) before it reaches a record, and those are slow under C1,
     * the build's compiler (0.4 s of a large build). {@code String} and {@code Record} are
     * classes, told at once; a record class that implements one of those interfaces goes the
     * long way, as before. The models are those FreeMarker's {@code wrap} gives.
     */
    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof String string) {
            return new SimpleScalar(string);
        }
        if (object instanceof Record record) {
            Reading reading = readingOf(record);
            if (reading.plain()) {
                return new RecordModel(record, reading, this);
            }
        }
        return super.wrap(object);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record record) {
            return new RecordModel(record, readingOf(record), this);
        }
        return super.handleUnknownType(object);
    }

    /** One look-up per record wrapped: templates wrap thousands of them a page. */
    private Reading readingOf(Record record) {
        return readings.computeIfAbsent(record.getClass(),
                type -> new Reading(new TemplateKeys<>(accessorsOf(type)), otherNamesOf(type), !wrappedAsContainer(type)));
    }

    /**
     * Whether {@link DefaultObjectWrapper#wrap} answers a value of {@code type} before it asks
     * {@link #handleUnknownType}: a template model, or an iterable, map, iterator or enumeration.
     */
    private static boolean wrappedAsContainer(Class<?> type) {
        return TemplateModel.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type)
                || Enumeration.class.isAssignableFrom(type);
    }

    /** The model FreeMarker itself would make of {@code object}. */
    TemplateModel beanModel(Object object) throws TemplateModelException {
        return super.handleUnknownType(object);
    }

    /**
     * The public methods without arguments that a record class declares (its components' accessors
     * and methods such as {@code servicesText()}), by name, each as a function. A template reads
     * both as properties ({@code place.filters.servicesText}), as FreeMarker does for records.
     */
    private static Map<String, Function<Object, Object>> accessorsOf(Class<?> type) {
        Map<String, Function<Object, Object>> accessors = new HashMap<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return Map.of(); // FreeMarker reads none of it either
        }
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                    && method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !method.isSynthetic() && !method.isBridge() && !isObjectMethod(method.getName())) {
                accessors.put(method.getName(), new Accessor(type, method));
            }
        }
        return accessors;
    }

    /**
     * The other keys FreeMarker's model of a record of {@code type} may answer: its public
     * methods' names and the JavaBean properties of its getters; null when it answers any key
     * (a public {@code get} method with one argument, which FreeMarker asks for an unknown key).
     * A page's template asks its record for keys it does not have ({@code hoursScript} of a page
     * without hours, shared variables such as {@code timeRanges}), which then need no model.
     */
    private static Set<String> otherNamesOf(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            if (name.equals("get") && method.getParameterCount() == 1) {
                return null;
            }
            names.add(name);
            if (method.getParameterCount() == 0 && name.length() > 3 && name.startsWith("get")) {
                names.add(Introspector.decapitalize(name.substring(3)));
            } else if (method.getParameterCount() == 0 && name.length() > 2 && name.startsWith("is")) {
                names.add(Introspector.decapitalize(name.substring(2)));
            }
        }
        return names;
    }

    private static boolean isObjectMethod(String name) {
        return name.equals("toString") || name.equals("hashCode");
    }

    /**
     * Reads one method of a record class, through a function made the first time it is read:
     * each function is a class of its own for the JVM to make, and a template reads only some
     * of the methods of the records it is given (making all of them was a few hundred classes in
     * every build).
     */
    private static final class Accessor implements Function<Object, Object> {
        private final Class<?> type;
        private final Method method;
        /** Made on first use; threads that race make equal functions, and either is kept. */
        private volatile Function<Object, Object> made;

        Accessor(Class<?> type, Method method) {
            this.type = type;
            this.method = method;
        }

        @Override
        public Object apply(Object record) {
            Function<Object, Object> function = made;
            if (function == null) {
                function = accessor(type, method);
                made = function;
            }
            return function.apply(record);
        }
    }

    /** A function that calls {@code method} directly, made once; reflection if the JVM will not make one. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method method) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            MethodHandle getter = lookup.unreflect(method);
            Class<?> returned = getter.type().returnType();
            CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class), getter,
                    MethodType.methodType(returned.isPrimitive() ? MethodType.methodType(returned).wrap().returnType() : returned, type));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            return object -> {
                try {
                    return method.invoke(object);
                } catch (ReflectiveOperationException failure) {
                    throw new IllegalStateException("cannot read " + method + " of " + type, failure);
                }
            };
        }
    }
}
