package se.kvarter.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import se.kvarter.CitySite;
import se.kvarter.SharedCity;
import se.kvarter.TestSites;

/**
 * What the accessibility tests share, as a JUnit extension of the test class: the example site and
 * the fixture site with every page kind, built in a temporary folder, each served on loopback, and
 * for the classes that ask, one Chromium with JavaScript on and one with it off. They are made once
 * per test run, the sites for the first class, each browser for the first class that asks for it,
 * and closed when the run ends (building the two sites and starting a browser for every class was
 * a good part of these tests' time), and the city-size site for the classes that ask; each class finds the browsers on a blank page at the desktop
 * width in the light scheme. Register it with
 * {@code @RegisterExtension static final ServedSites SITES = new ServedSites();}. The sites are
 * read-only to the tests: a class that needs a page of its own puts it in the served folder beside
 * the fixture site, outside its {@code /kvarter/}.
 */
final class ServedSites implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ServedSites.class);

    private ExtensionContext.Store store;
    private Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = context.getRoot().getStore(NAMESPACE);
        ExtensionContext.Store cityStore = SharedCity.store(context);
        shared = store.getOrComputeIfAbsent(Shared.class, type -> Shared.start(() -> SharedCity.of(cityStore)), Shared.class);
        shared.startedBrowsers().forEach(ServedSites::reset);
    }

    private static ChromeDriver reset(ChromeDriver browser) {
        Chromium.emulate(browser, Chromium.WIDTH, "light");
        browser.get("about:blank");
        return browser;
    }

    /** Each built site with its server, example site first. */
    Map<BuiltSite, SiteServer> servers() {
        return shared.servers;
    }

    /** The example site of {@code content/}, served at {@code /}. */
    BuiltSite example() {
        return site("example");
    }

    /** The fixture site with every page kind, served at {@code /kvarter/}. */
    BuiltSite complete() {
        return site("complete");
    }

    /** The server of {@code site}. */
    SiteServer server(BuiltSite site) {
        return shared.servers.get(site);
    }

    private BuiltSite site(String name) {
        return shared.servers.keySet().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The city-size site ({@link CitySite}: 300 places, 100 events, 2,000 news), served at {@code /}:
     * the one {@link SharedCity} of the run, which the city-size checks read too.
     */
    SiteServer city() {
        return shared.city();
    }

    /** The browser with JavaScript on. */
    ChromeDriver browser() {
        return shared.browser(true);
    }

    /** The browser with JavaScript off. */
    ChromeDriver scriptlessBrowser() {
        return shared.browser(false);
    }

    /** Something made from these sites once per run (a sweep over their pages), kept with them. */
    <T> T shared(Class<T> type, Supplier<T> make) {
        return store.getOrComputeIfAbsent(type, key -> make.get(), type);
    }

    /** The sites, their servers and the browsers; JUnit closes them when the run ends. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final Path work;
        private final Map<BuiltSite, SiteServer> servers;
        /** The browsers started so far, by whether JavaScript is on. */
        private final Map<Boolean, ChromeDriver> browsers = new LinkedHashMap<>();
        private final Supplier<CitySite> citySite;
        private SiteServer city;

        private Shared(Path work, Map<BuiltSite, SiteServer> servers, Supplier<CitySite> citySite) {
            this.work = work;
            this.servers = servers;
            this.citySite = citySite;
        }

        static Shared start(Supplier<CitySite> citySite) {
            try {
                Path work = Files.createTempDirectory("kvarter-sites-");
                Map<BuiltSite, SiteServer> started = new LinkedHashMap<>();
                for (BuiltSite site : BuiltSite.both(work)) {
                    started.put(site, SiteServer.serve(site));
                }
                return new Shared(work, Collections.unmodifiableMap(started), citySite);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        synchronized SiteServer city() {
            if (city == null) {
                city = SiteServer.serve(new BuiltSite("city", citySite.get().site(), "/", List.of()));
            }
            return city;
        }

        synchronized ChromeDriver browser(boolean javaScript) {
            return browsers.computeIfAbsent(javaScript, on -> reset(Chromium.start(on)));
        }

        synchronized List<ChromeDriver> startedBrowsers() {
            return List.copyOf(browsers.values());
        }

        @Override
        public void close() throws IOException {
            startedBrowsers().forEach(Chromium::quit);
            servers.values().forEach(SiteServer::close);
            if (city != null) {
                city.close();
            }
            TestSites.deleteTree(work);
        }
    }
}
