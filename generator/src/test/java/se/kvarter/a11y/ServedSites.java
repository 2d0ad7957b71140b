package se.kvarter.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the whole-site browser tests share, as a JUnit extension of the test class: the example
 * site and the fixture site with every page kind, built in a temporary folder, each served on
 * loopback, and one Chromium with JavaScript on. Register it with
 * {@code @RegisterExtension static final ServedSites SITES = new ServedSites();}.
 */
final class ServedSites implements BeforeAllCallback, AfterAllCallback {

    private Path work;
    private Map<BuiltSite, SiteServer> servers = Map.of();
    private ChromeDriver browser;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Chromium.requireInstalled();
        work = Files.createTempDirectory("kvarter-sites-");
        Map<BuiltSite, SiteServer> started = new LinkedHashMap<>();
        for (BuiltSite site : BuiltSite.both(work)) {
            started.put(site, SiteServer.serve(site));
        }
        servers = Collections.unmodifiableMap(started);
        browser = Chromium.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Chromium.quit(browser);
        servers.values().forEach(SiteServer::close);
        if (work != null) {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Each built site with its server, example site first. */
    Map<BuiltSite, SiteServer> servers() {
        return servers;
    }

    ChromeDriver browser() {
        return browser;
    }
}
