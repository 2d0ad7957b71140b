package se.kvarter.a11y;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The example site and the fixture site with every page kind, built, each served on loopback,
 * and one Chromium with JavaScript on: what the whole-site browser tests share. Close it after
 * the class's tests.
 */
record ServedSites(Map<BuiltSite, SiteServer> servers, ChromeDriver browser) implements AutoCloseable {

    static ServedSites start(Path work) {
        Chromium.requireInstalled();
        Map<BuiltSite, SiteServer> servers = new LinkedHashMap<>();
        for (BuiltSite site : BuiltSite.both(work)) {
            servers.put(site, SiteServer.serve(site));
        }
        return new ServedSites(Collections.unmodifiableMap(servers), Chromium.start());
    }

    @Override
    public void close() {
        Chromium.quit(browser);
        servers.values().forEach(SiteServer::close);
    }
}
