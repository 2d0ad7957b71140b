package se.kvarter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.TestSites;
import se.kvarter.source.Messages;

/**
 * A bounded load test: 200 clients on loopback, each with its own connection, start at the
 * same moment and fetch pages, assets, open data and the live-reload script. Every answer must
 * be a complete 200; nothing is timed here (speed lives in the benchmark).
 */
class DevServerLoadTest {

    private static final int CLIENTS = 200;
    private static final List<String> PATHS = List.of("/", "/platser/", "/platser/kallaren/", "/assets/style.css",
            "/api/v1/places.json", "/__kvarter/live.js", "/sok/index.json", "/nyheter/feed.atom");

    @TempDir
    Path work;

    @Test
    void twoHundredConcurrentClientsAllGetCompleteAnswers() throws Exception {
        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("content"));
        Path templates = TestSites.copy(TestSites.templates(), work.resolve("templates"));
        Build.Options options = new Build.Options(content, templates, work.resolve("site"), LocalDate.of(2026, 11, 24),
                false, "http://127.0.0.1/");
        try (DevServer server = new DevServer(new Build(Progress.SILENT, Clock.systemUTC()), options, "127.0.0.1", 0,
                Messages.forLanguage("sv"), result -> { })) {
            assertTrue(server.start().succeeded());
            Map<String, Long> lengths = new TreeMap<>();
            HttpClient probe = HttpClient.newHttpClient();
            for (String path : PATHS) {
                HttpResponse<byte[]> answer = probe.send(request(server, path), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, answer.statusCode(), path);
                lengths.put(path, (long) answer.body().length);
            }

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                results.add(clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
                    List<String> problems = new ArrayList<>();
                    start.await();
                    for (int n = 0; n < PATHS.size(); n++) {
                        String path = PATHS.get((client + n) % PATHS.size());
                        HttpResponse<byte[]> answer = http.send(request(server, path), HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != 200 || answer.body().length != lengths.get(path)) {
                            problems.add(path + ": " + answer.statusCode() + ", " + answer.body().length + " bytes");
                        }
                    }
                    return problems;
                }));
            }
            start.countDown();
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> result : results) {
                problems.addAll(result.get());
            }
            clients.shutdown();
            assertEquals(List.of(), problems);
        }
    }

    private static HttpRequest request(DevServer server, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).build();
    }
}
