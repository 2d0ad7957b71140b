package se.kvarter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The city-size site ({@link CitySite}), built once per test JVM for every class that reads it
 * (the city-size checks, the lists' browser tests) and removed when the run ends: generating and
 * building it is most of those classes' time. The classes only read it. Register it with
 * {@code @RegisterExtension static final SharedCity CITY = new SharedCity();} and call
 * {@link #site()} from a {@code @BeforeAll} method or later.
 */
public final class SharedCity implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedCity.class);

    private ExtensionContext.Store root;

    @Override
    public void beforeAll(ExtensionContext context) {
        root = context.getRoot().getStore(NAMESPACE);
    }

    /** The site, built on the first call of the run. */
    public CitySite site() {
        return of(root);
    }

    /** The site kept in {@code rootStore} (a run's root store in this class's namespace), built on the first call. */
    public static CitySite of(ExtensionContext.Store rootStore) {
        return rootStore.getOrComputeIfAbsent(Built.class, type -> Built.make(), Built.class).city();
    }

    /** The store of {@code context}'s run where the site is kept. */
    public static ExtensionContext.Store store(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE);
    }

    /** The built site and its temporary folder, which JUnit removes when the run ends. */
    private record Built(Path work, CitySite city) implements ExtensionContext.Store.CloseableResource {

        static Built make() {
            try {
                Path work = Files.createTempDirectory("kvarter-city-");
                return new Built(work, CitySite.build(work));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
