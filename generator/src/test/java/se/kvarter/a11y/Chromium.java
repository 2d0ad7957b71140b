package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, headless, for the browser tests. Nothing is downloaded:
 * the driver and the browser are given by path, so Selenium Manager never runs.
 *
 * <p>When they are missing, the tests fail in CI (the environment variable {@code CI} is set) and
 * are skipped elsewhere, with the command that installs them.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    /** A desktop viewport; the narrow one is set per page with {@link #emulate}. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    /** The profile folder of each running session, removed when it quits. */
    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    /**
     * Selenium looks for DevTools classes matching the browser's version and warns when it has
     * none; the tests only send plain DevTools commands, which need no such classes. (Held here:
     * java.util.logging forgets the level of a logger that nobody references.)
     */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** A browser session with JavaScript on. Quit it with {@link #quit}. */
    static ChromeDriver start() {
        return start(true);
    }

    /** A browser session; with {@code javaScript} false the pages' scripts do not run. */
    static ChromeDriver start(boolean javaScript) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("kvarter-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--force-device-scale-factor=1", "--lang=sv", "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile, "--disable-back-forward-cache",
                "--disable-features=BackForwardCache,Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication");
        // chromedriver turns Chrome's logging on at its most verbose level; nobody reads it here
        options.setExperimentalOption("excludeSwitches", List.of("enable-logging"));
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        PROFILES.put(driver, profile);
        return driver;
    }

    /** Ends the session and removes its profile folder. */
    static void quit(ChromeDriver driver) {
        if (driver == null) {
            return;
        }
        try {
            driver.quit();
        } finally {
            Path profile = PROFILES.remove(driver);
            if (profile != null) {
                delete(profile);
            }
        }
    }

    /**
     * Fails (in CI) or skips (elsewhere) when Debian's chromium or chromium-driver is missing, naming
     * the command that installs them.
     */
    static void requireInstalled() {
        List<Path> missing = Stream.of(BROWSER, DRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser tests need Debian's Chromium and its driver; missing: " + missing
                + ". Install them with: " + INSTALL + " (.ci/run does this)";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(message);
        }
        System.err.println("Skipping the browser tests. " + message);
        Assumptions.abort(message);
    }

    /**
     * Sets the viewport width in CSS pixels and the colour scheme the page sees
     * ({@code prefers-color-scheme}), through the DevTools protocol.
     */
    static void emulate(ChromeDriver driver, int width, String colorScheme) {
        viewportWidth(driver, width);
        colourScheme(driver, colorScheme);
    }

    /** Sets only the viewport width in CSS pixels, leaving the colour scheme as it is. */
    static void viewportWidth(ChromeDriver driver, int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Sets only the colour scheme the page sees, leaving the viewport as it is. */
    static void colourScheme(ChromeDriver driver, String colorScheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile folder left in the temporary folder does no harm
        }
    }
}
