package se.kvarter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.TestSites;
import se.kvarter.output.SiteWriter;
import se.kvarter.source.Messages;

/**
 * The dev server as a browser meets it, at the HTTP and server-sent-events level: a real Jetty
 * on port 0, the example content in a temporary folder edited while it runs.
 */
class DevServerTest {

    /** How long to wait for a rebuild at most; a rebuild takes a fraction of this. */
    private static final long WAIT_SECONDS = 20;
    private static final String PLACE = "places/framtidshubben-bergsjon.md";

    @TempDir
    Path work;
    private Path content;
    private DevServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> versions = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        TestSites.copy(TestSites.templates(), work.resolve("templates"));
        server = server("sv");
        assertTrue(server.start().succeeded());
        listenForVersions();
    }

    /** A server of the content and templates in the work folder, messages in {@code lang}. */
    private DevServer server(String lang) {
        return server(lang, null);
    }

    /** @param out where the server also writes each good build ({@code serve --out}), or null */
    private DevServer server(String lang, Path out) {
        Build.Options options = new Build.Options(content, work.resolve("templates"), work.resolve("site"),
                LocalDate.of(2026, 11, 23), false, "http://127.0.0.1/");
        return new DevServer(new Build(Progress.SILENT, Clock.systemUTC()), options, out, "127.0.0.1", 0,
                Messages.forLanguage(lang), result -> { });
    }

    /** Starts another server (the test stopped the first), on the content as it is now. */
    private Build.Result restart(String lang) throws Exception {
        return restart(lang, null);
    }

    private Build.Result restart(String lang, Path out) throws Exception {
        server = server(lang, out);
        Build.Result first = server.start();
        versions.clear();
        listenForVersions();
        return first;
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
    }

    /** Reads the event stream in the background, keeping the versions it announces. */
    private void listenForVersions() throws InterruptedException {
        listen("/__kvarter/events", versions);
    }

    private void listen(String stream, BlockingQueue<String> into) throws InterruptedException {
        http.sendAsync(request(stream), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body()
                        .filter(line -> line.startsWith("data: "))
                        .forEach(line -> into.add(line.substring(6))));
        assertEquals("1", into.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the version on connecting");
    }

    /** Waits up to {@link #WAIT_SECONDS} until what {@code read} gives (a page, a written file) holds {@code text}. */
    private static void awaitContaining(Callable<String> read, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!read.call().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void anEditedPlaceShowsItsNewHoursAfterTheReloadEvent() throws Exception {
        String before = get("/platser/framtidshubben-bergsjon/");
        assertTrue(before.contains("<td><span class=\"range\">13:00–17:00</span></td>"), before);
        assertTrue(before.contains("/__kvarter/live.js"), "the page has the reload script");

        edit(PLACE, "time: 13:00-17:00", "time: 13:00-18:00");

        assertEquals("2", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "a reload event follows the edit");
        String after = get("/platser/framtidshubben-bergsjon/");
        assertTrue(after.contains("<td><span class=\"range\">13:00–18:00</span></td>"), after);
    }

    @Test
    void theEditedPageReloadsFirstAndPagesThatDidNotChangeDoNotReload() throws Exception {
        BlockingQueue<String> placePage = new LinkedBlockingQueue<>();
        BlockingQueue<String> freePage = new LinkedBlockingQueue<>();
        listen("/__kvarter/events?page=%2Fplatser%2Fframtidshubben-bergsjon%2F", placePage);
        listen("/__kvarter/events?page=%2Fom-oss%2F", freePage);

        edit(PLACE, "time: 13:00-17:00", "time: 13:00-18:00");

        // A page that does not say which it is hears of the preview and of the finished build.
        assertEquals("2", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the preview");
        assertEquals("3", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the finished build");
        assertEquals("2", placePage.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the place's page reloads with the preview");
        assertTrue(get("/platser/framtidshubben-bergsjon/").contains("<td><span class=\"range\">13:00–18:00</span></td>"));
        assertEquals(null, placePage.poll(200, TimeUnit.MILLISECONDS), "and not again: the rest did not change it");
        assertEquals(null, freePage.poll(200, TimeUnit.MILLISECONDS), "a page the edit did not change stays");
    }

    @Test
    void aBrokenLinkFoundAfterThePreviewBringsTheOverlayToEveryPage() throws Exception {
        BlockingQueue<String> freePage = new LinkedBlockingQueue<>();
        listen("/__kvarter/events?page=%2Fom-oss%2F", freePage);
        String article = "news/2023-02-23-framtidshubben-oppnar-i-bergsjon.md";
        Files.writeString(content.resolve(article), Files.readString(content.resolve(article)) + "\nSe [sidan](/finns-inte/).\n");

        assertEquals("2", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the preview of the article");
        assertEquals("3", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "the checked build");
        assertEquals("3", freePage.poll(WAIT_SECONDS, TimeUnit.SECONDS), "errors reach pages the edit did not change");
        String page = get("/om-oss/");
        assertTrue(page.contains("id=\"kvarter-overlay\""), page);
        assertTrue(page.contains("/finns-inte/"), "the overlay names the link");
        assertTrue(get("/nyheter/framtidshubben-oppnar-i-bergsjon/").contains("/finns-inte/"),
                "the edited article is shown as it is now, under the overlay");

        edit(article, "\nSe [sidan](/finns-inte/).\n", "");
        assertEquals("4", freePage.poll(WAIT_SECONDS, TimeUnit.SECONDS), "fixed: every page reloads without the overlay");
        assertFalse(get("/om-oss/").contains("kvarter-overlay"));
    }

    @Test
    void aYamlMistakeShowsTheOverlayWithFileAndLineUntilItIsFixed() throws Exception {
        edit(PLACE, "name: Framtidshubben Bergsjön", "name: Framtidshubben: Bergsjön");
        assertEquals("2", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        String broken = get("/platser/framtidshubben-bergsjon/");
        assertTrue(broken.contains("id=\"kvarter-overlay\""), broken);
        assertTrue(broken.contains("<code>places/framtidshubben-bergsjon.md:2:"), broken);
        assertTrue(broken.contains("name: Framtidshubben: Bergsjön"), "the offending line is shown");
        assertTrue(broken.contains("<td><span class=\"range\">13:00–17:00</span></td>"), "the last good page is still served");

        edit(PLACE, "name: Framtidshubben: Bergsjön", "name: Framtidshubben Bergsjön");
        assertEquals("3", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertFalse(get("/platser/framtidshubben-bergsjon/").contains("kvarter-overlay"));
    }

    @Test
    void startingWithAMistakeShowsThePageOfErrorsUntilItIsFixed() throws Exception {
        server.close();
        edit(PLACE, "name: Framtidshubben Bergsjön", "name: Framtidshubben: Bergsjön");
        assertFalse(restart("en").succeeded());

        // No version has built, so there is no page to show under the box: a page of the errors.
        HttpResponse<String> broken = http.send(request("/platser/framtidshubben-bergsjon/"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, broken.statusCode());
        String page = broken.body();
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains("id=\"kvarter-overlay\""), page);
        // the name alone: the Arabic translation of the place it could not read gets no follow-on error
        assertTrue(page.contains("The content has 1 error"), page);
        assertTrue(page.contains("<code>places/framtidshubben-bergsjon.md:2:"), page);
        assertTrue(page.contains("No version of the site could be built yet."), page);
        assertTrue(page.contains("/__kvarter/live.js"), "the page reloads itself when the content is fixed");
        assertEquals(500, http.send(request("/"), HttpResponse.BodyHandlers.discarding()).statusCode(), "every page");

        edit(PLACE, "name: Framtidshubben: Bergsjön", "name: Framtidshubben Bergsjön");
        assertEquals("2", versions.poll(WAIT_SECONDS, TimeUnit.SECONDS), "fixed: the page reloads");
        HttpResponse<String> fixed = http.send(request("/platser/framtidshubben-bergsjon/"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fixed.statusCode());
        assertFalse(fixed.body().contains("kvarter-overlay"));
    }

    @Test
    void withAnOutputFolderEveryGoodBuildIsWrittenThereAndABadOneLeavesIt() throws Exception {
        server.close();
        Path out = work.resolve("published");
        assertTrue(restart("sv", out).succeeded());
        Path page = out.resolve("platser/framtidshubben-bergsjon/index.html");
        assertTrue(Files.readString(page).contains("<td><span class=\"range\">13:00–17:00</span></td>"));
        assertFalse(Files.readString(page).contains("/__kvarter/"), "the site as build writes it, no reload script");

        edit(PLACE, "time: 13:00-17:00", "time: 13:00-18:00");
        awaitContaining(() -> Files.readString(page), "<td><span class=\"range\">13:00–18:00</span></td>");
        assertTrue(Files.readString(page).contains("<td><span class=\"range\">13:00–18:00</span></td>"), "the rebuild is written too");
        var published = TestSites.snapshot(out);

        edit(PLACE, "name: Framtidshubben Bergsjön", "name: Framtidshubben: Bergsjön");
        String version;
        while ((version = versions.poll(WAIT_SECONDS, TimeUnit.SECONDS)) != null
                && !get("/om-oss/").contains("kvarter-overlay")) {
            // the versions of the good rebuild above, then the failed one
        }
        assertTrue(version != null, "the failed rebuild is shown");
        assertEquals(published.keySet(), TestSites.snapshot(out).keySet(), "a failed build leaves the folder as it was");
        assertTrue(Files.readString(page).contains("<td><span class=\"range\">13:00–18:00</span></td>"));
        try (var siblings = Files.list(work)) {
            assertEquals(List.of(), siblings.filter(path -> path.getFileName().toString().startsWith(".kvarter-")).toList(),
                    "nothing half-written is left beside it");
        }
    }

    @Test
    void anOutputFolderThatCannotBeReplacedIsToldAndTheServerGoesOn() throws Exception {
        server.close();
        Path out = work.resolve("published");
        assertTrue(restart("sv", out).succeeded());
        Path page = out.resolve("platser/framtidshubben-bergsjon/index.html");
        Files.delete(out.resolve(SiteWriter.MARKER)); // someone else's folder now: kvarter leaves it alone

        edit(PLACE, "time: 13:00-17:00", "time: 13:00-18:00");
        awaitContaining(() -> get("/om-oss/"), "skapades inte av kvarter");
        assertTrue(get("/om-oss/").contains("skapades inte av kvarter"), "the overlay says why");
        assertTrue(get("/platser/framtidshubben-bergsjon/").contains("<td><span class=\"range\">13:00–18:00</span></td>"), "the preview is up to date");
        assertTrue(Files.readString(page).contains("<td><span class=\"range\">13:00–17:00</span></td>"), "the folder is as it was");

        Files.write(out.resolve(SiteWriter.MARKER), new byte[0]);
        edit(PLACE, "time: 13:00-18:00", "time: 13:00-19:00");
        awaitContaining(() -> Files.readString(page), "<td><span class=\"range\">13:00–19:00</span></td>");
        assertTrue(Files.readString(page).contains("<td><span class=\"range\">13:00–19:00</span></td>"), "the server still rebuilds and writes");
    }

    @Test
    void servesOnlyGetAndHeadAndNothingOutsideTheSite() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(request("/").uri())
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        for (String path : new String[] {"/../content/site.yaml", "/%2e%2e/content/site.yaml", "/..%2fcontent/site.yaml",
                "/platser/%2e%2e/%2e%2e/pom.xml"}) {
            int status = http.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 400 || status == 404, path + " gave " + status);
        }
        HttpResponse<String> missing = http.send(request("/finns-inte/"), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Sidan finns inte"));
    }

    @Test
    void answersOnlyHostHeadersThatNameTheServerSoDnsRebindingCannotReadThePreview() throws Exception {
        int port = server.port();
        for (String host : new String[] {"127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port}) {
            assertEquals(200, statusFor(host), host);
        }
        for (String host : new String[] {"attacker.example:" + port, "attacker.example", "localhost.attacker.example:" + port,
                "127.0.0.1", "localhost:1"}) {
            assertEquals(HostCheck.MISDIRECTED, statusFor(host), "Host: " + host);
        }
        for (String malformed : new String[] {"127.0.0.1:" + port + "@attacker.example", "", "[::1"}) {
            int status = statusFor(malformed);
            assertTrue(status == HostCheck.MISDIRECTED || status == 400, "Host: " + malformed + " gave " + status);
        }
        String refused = exchange("attacker.example:" + port, "/__kvarter/events");
        assertTrue(refused.startsWith("HTTP/1.1 421"), "the live-reload stream is refused too: " + refused);
        assertTrue(refused.contains("This preview answers only to localhost"), refused);
    }

    /** The status of GET / with the given Host header, sent as is (the JDK's client will not set Host). */
    private int statusFor(String host) throws IOException {
        String answer = exchange(host, "/");
        return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    private String exchange(String host, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] head = socket.getInputStream().readNBytes(400);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesFromMemoryAndWritesNothingToDisk() {
        assertFalse(Files.exists(work.resolve("site")), "serve writes nothing to disk");
    }
}
