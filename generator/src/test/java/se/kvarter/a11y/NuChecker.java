package se.kvarter.a11y;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import se.kvarter.TestSites;

/**
 * The Nu Html Checker (the W3C's HTML validator), run in this JVM on built pages.
 *
 * <p>Its classes load the Jetty 11 HTTP client (for documents it could fetch; it fetches none
 * here, but its classes cannot be linked without it), the log4j 1.2 API (given as reload4j) and
 * javax.json (for its language detection). The project runs Jetty 12, and
 * rdf4j brings a jakarta.json whose provider has the class name of javax.json's, so the checker
 * gets a class loader of its own: its jar and those libraries, which Maven copies to
 * {@code target/nu-validator-lib}, come first there; everything else comes from the tests' class
 * path. {@code org.xml.sax} comes from the JDK, so its error handler is an ordinary one. The
 * checker runs with its loader as the thread's context class loader, where javax.json looks
 * for its provider.
 */
final class NuChecker {

    /** The schema the checker's command line uses by default: HTML with SVG, MathML, ARIA, RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** A message of the checker, where it is, and whether it is an error. */
    record Message(boolean error, String file, int line, int column, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + text;
        }
    }

    private final ClassLoader loader;
    private final Object validator;
    private final Method checkHtmlFile;
    private final Collector collector;

    private NuChecker(ClassLoader loader, Object validator, Method checkHtmlFile, Collector collector) {
        this.loader = loader;
        this.validator = validator;
        this.checkHtmlFile = checkHtmlFile;
        this.collector = collector;
    }

    /** Something the checker does, in its own class loader. */
    private interface Call<T> {
        T run() throws ReflectiveOperationException;
    }

    private static <T> T in(ClassLoader loader, Call<T> call) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /**
     * A checker of HTML pages; with {@code detectLanguage} it also warns when a page's text does
     * not seem to be in the language of its {@code lang}.
     */
    static NuChecker start(boolean detectLanguage) {
        ClassLoader loader = new OwnFirstLoader(urls(), NuChecker.class.getClassLoader());
        try {
            return in(loader, () -> {
                Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
                // no log4j configuration, no URLs logged
                Object validator = type.getConstructor(boolean.class, boolean.class, boolean.class)
                        .newInstance(false, false, detectLanguage);
                Collector collector = new Collector();
                type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(validator, SCHEMA, collector);
                type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                        .invoke(validator, collector, false, false);
                return new NuChecker(loader, validator, type.getMethod("checkHtmlFile", File.class, boolean.class),
                        collector);
            });
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Nu Html Checker did not start", cause(e));
        }
    }

    /** The checker's messages on one HTML file, named {@code name} in them. */
    List<Message> check(Path file, String name) {
        collector.file = name;
        collector.messages.clear();
        try {
            in(loader, () -> checkHtmlFile.invoke(validator, file.toFile(), true));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the Nu Html Checker failed on " + name, cause(e));
        }
        return List.copyOf(collector.messages);
    }

    private static Throwable cause(ReflectiveOperationException e) {
        return e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
    }

    /** The checker's jar and its own libraries. */
    private static URL[] urls() {
        String configured = System.getProperty("nu-validator.lib");
        Path lib = configured != null ? Path.of(configured) : TestSites.root().resolve("generator/target/nu-validator-lib");
        List<URL> urls = new ArrayList<>();
        try {
            URL checker = NuChecker.class.getClassLoader().getResource("nu/validator/validation/SimpleDocumentValidator.class");
            if (checker == null || !checker.getProtocol().equals("jar")) {
                throw new IllegalStateException("nu.validator:validator is not on the test class path");
            }
            String jar = checker.getPath().substring(0, checker.getPath().indexOf("!/"));
            urls.add(new URL(jar));
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path path : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(path.toUri().toURL());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the Nu Html Checker's libraries are missing from " + lib
                    + " (mvn copies them in generate-test-resources)", e);
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads classes from its own jars first; the JDK's and what they lack from the parent. */
    private static final class OwnFirstLoader extends URLClassLoader {

        OwnFirstLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && !isShared(name)) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        // not in its own jars
                    }
                }
                if (loaded == null) {
                    loaded = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static boolean isShared(String name) {
            return name.startsWith("java.") || (name.startsWith("javax.") && !name.startsWith("javax.json.")) || name.startsWith("jdk.")
                    || name.startsWith("org.xml.sax.") || name.startsWith("org.w3c.dom.") || name.startsWith("org.slf4j.");
        }
    }

    /** Keeps the messages of the file being checked. */
    private static final class Collector implements ErrorHandler {

        private final List<Message> messages = new ArrayList<>();
        private String file = "(schema)";

        @Override
        public void warning(SAXParseException e) {
            messages.add(message(false, e));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(message(true, e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(message(true, e));
        }

        private Message message(boolean error, SAXParseException e) {
            return new Message(error, file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
    }
}
