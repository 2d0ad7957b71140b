package se.kvarter.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the whole-site browser tests share, as a JUnit extension of the test class: the example
 * site and the fixture site with every page kind, built in a temporary folder, each served on
 * loopback, and one Chromium with JavaScript on. They are made once per test run, for the first
 * class that needs them, and closed when the run ends; each class starts with the browser on a
 * blank page at the desktop width in the light scheme. Register it with
 * {@code @RegisterExtension static final ServedSites SITES = new ServedSites();}.
 */
final class ServedSites implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServedSites.class);

    private ExtensionContext.Store store;
    private Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.requireInstalled();
        store = context.getRoot().getStore(NAMESPACE);
        shared = store.getOrComputeIfAbsent(Shared.class, type -> Shared.start(), Shared.class);
        Chromium.emulate(shared.browser, Chromium.WIDTH, "light");
        shared.browser.get("about:blank");
    }

    /** Each built site with its server, example site first. */
    Map<BuiltSite, SiteServer> servers() {
        return shared.servers;
    }

    ChromeDriver browser() {
        return shared.browser;
    }

    /** Something made from these sites once per run (a sweep over their pages), kept with them. */
    <T> T shared(Class<T> type, Supplier<T> make) {
        return store.getOrComputeIfAbsent(type, key -> make.get(), type);
    }

    /** The sites, their servers and the browser; JUnit closes them when the run ends. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final Path work;
        private final Map<BuiltSite, SiteServer> servers;
        private final ChromeDriver browser;

        private Shared(Path work, Map<BuiltSite, SiteServer> servers, ChromeDriver browser) {
            this.work = work;
            this.servers = servers;
            this.browser = browser;
        }

        static Shared start() {
            try {
                Path work = Files.createTempDirectory("kvarter-sites-");
                Map<BuiltSite, SiteServer> started = new LinkedHashMap<>();
                for (BuiltSite site : BuiltSite.both(work)) {
                    started.put(site, SiteServer.serve(site));
                }
                return new Shared(work, Collections.unmodifiableMap(started), Chromium.start());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            Chromium.quit(browser);
            servers.values().forEach(SiteServer::close);
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
