package se.kvarter.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.TestSites;
import se.kvarter.source.Messages;

/**
 * The dev server keeps watching and rebuilding through every failure: an exception in a
 * rebuild, the content folder deleted and made anew, and each content failure of the hostile
 * review. Each failure shows in the overlay, and the
 * next good save rebuilds. Every wait is for a condition, bounded by {@link #WAIT_SECONDS}.
 */
class WatcherSurvivesTest {

    private static final long WAIT_SECONDS = 30;
    private static final String PLACE = "places/framtidshubben-bergsjon.md";
    private static final String PAGE = "/platser/framtidshubben-bergsjon/";

    @TempDir
    Path work;
    private Path content;
    private DevServer server;
    /** While set, every rebuild fails with an exception, as a bug in the build would make it. */
    private final AtomicBoolean failing = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        TestSites.copy(TestSites.templates(), work.resolve("templates"));
        Progress failWhenAsked = (key, args) -> {
            if (failing.get() && key.equals("progress.pages")) {
                throw new IllegalStateException("a bug in the build");
            }
        };
        Build.Options options = new Build.Options(content, work.resolve("templates"), work.resolve("site"),
                LocalDate.of(2026, 11, 23), false, "http://127.0.0.1/");
        server = new DevServer(new Build(failWhenAsked, Clock.systemUTC()), options, null, "127.0.0.1", 0,
                Messages.forLanguage("en"), result -> { });
        assertTrue(server.start().succeeded());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anExceptionInARebuildShowsInTheOverlayAndTheNextGoodSaveRebuilds() throws Exception {
        failing.set(true);
        edit("time: 13:00-17:00", "time: 13:00-18:00");
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("The preview could not be rebuilt")
                && page.contains("a bug in the build"));

        failing.set(false);
        edit("time: 13:00-18:00", "time: 13:00-19:00");
        awaitPage(page -> page.contains("<td><span class=\"range\">13:00–19:00</span></td>") && !page.contains("kvarter-overlay"));

        for (int failure = 0; failure < 3; failure++) { // again and again: the watcher is still there
            failing.set(true);
            edit("time: 13:00-19:00", "time: 13:00-20:00");
            awaitPage(page -> page.contains("The preview could not be rebuilt"));
            failing.set(false);
            edit("time: 13:00-20:00", "time: 13:00-19:00");
            awaitPage(page -> page.contains("<td><span class=\"range\">13:00–19:00</span></td>") && !page.contains("kvarter-overlay"));
        }
    }

    @Test
    void aContentFolderDeletedAndMadeAnewIsWatchedAgain() throws Exception {
        Path kept = TestSites.copy(content, work.resolve("kept"));
        TestSites.deleteTree(content);
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains(content.getFileName().toString()));
        assertTrue(get(PAGE).contains("<td><span class=\"range\">13:00–17:00</span></td>"), "the last good page is still served");

        Files.move(kept, content);
        awaitPage(page -> page.contains("<td><span class=\"range\">13:00–17:00</span></td>") && !page.contains("kvarter-overlay"));

        edit("time: 13:00-17:00", "time: 13:00-18:00");
        awaitPage(page -> page.contains("<td><span class=\"range\">13:00–18:00</span></td>") && !page.contains("kvarter-overlay"));
    }

    /**
     * The content failures of the hostile review (issue 26) one after another while serving: each
     * shows in the overlay with its file, and the save that mends it rebuilds.
     */
    @Test
    void everyContentFailureShowsInTheOverlayAndItsMendingRebuilds() throws Exception {
        String body = "Vägen till ett jobb är sällan rak.";
        assertTrue(Files.readString(content.resolve(PLACE)).contains(body), body);
        // a link that once crashed the build without a position
        edit(body, "Se [tiden](kl%3A10). " + body);
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("%3A is a colon written as a code")
                && page.contains(PLACE));
        edit("Se [tiden](kl%3A10). " + body, body);
        awaitGood();

        // a file that could run script at the site's address
        Path script = content.resolve("files/kartan.html");
        Files.createDirectories(script.getParent());
        Files.writeString(script, "<!DOCTYPE html><title>x</title><script>alert(1)</script>");
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("can run script at the site"));
        Files.delete(script);
        awaitGood();

        // Markdown that would cost minutes and gigabytes, refused before it is parsed
        String run = "*".repeat(5000);
        edit(body, run + " " + body);
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("The same character stands 5000 times"));
        edit(run + " " + body, body);
        awaitGood();

        // values that no one means: swapped latitude and longitude, a name that turns its direction
        edit("geo: { lat: 57.7543, lon: 12.0707 }", "geo: { lat: 12.0707, lon: 57.7543 }");
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("Did you swap latitude and longitude?"));
        edit("geo: { lat: 12.0707, lon: 57.7543 }", "geo: { lat: 57.7543, lon: 12.0707 }");
        awaitGood();
        String name = Files.readString(content.resolve(PLACE)).lines().filter(l -> l.startsWith("name: ")).findFirst().orElseThrow();
        edit(name, name + "\u202E");
        awaitPage(page -> page.contains("id=\"kvarter-overlay\"") && page.contains("turns the direction of the text"));
        edit(name + "\u202E", name);
        awaitGood();
    }

    private void awaitGood() throws Exception {
        awaitPage(page -> page.contains("<td><span class=\"range\">13:00–17:00</span></td>") && !page.contains("kvarter-overlay"));
    }

    private void edit(String from, String to) throws IOException {
        Path path = content.resolve(PLACE);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private interface PageCondition {
        boolean holds(String page);
    }

    /** Waits until the place page meets {@code condition}, at most {@link #WAIT_SECONDS}. */
    private void awaitPage(PageCondition condition) throws Exception {
        Callable<String> read = () -> get(PAGE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String page = read.call();
        while (!condition.holds(page) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            page = read.call();
        }
        String last = page;
        assertTrue(condition.holds(page), () -> "the page did not change as expected within " + WAIT_SECONDS + " s:\n"
                + last.substring(0, Math.min(3000, last.length())));
    }

}
