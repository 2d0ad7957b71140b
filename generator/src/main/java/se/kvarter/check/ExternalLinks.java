package se.kvarter.check;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import se.kvarter.output.MemorySite;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Checks the links of the built pages that leave the site: a few at a time, each with a time
 * limit, HEAD first and GET when a server refuses HEAD. Good answers are remembered in a cache
 * file for a day, so that a second check in a row asks no one again.
 */
public final class ExternalLinks {

    /** How many links are asked at once: enough to be quick, few enough to be polite. */
    static final int CONCURRENCY = 8;
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration CACHE_FOR = Duration.ofDays(1);

    private final HttpClient http;
    private final Path cacheFile;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public ExternalLinks(Path cacheFile, Clock clock) {
        this.cacheFile = cacheFile;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** One link found on a page, where it is. */
    private record Found(String url, Position at) {
    }

    /** Checks every http(s) link of the site's pages and returns one error per page and link that fails. */
    public List<ContentError> check(MemorySite site) {
        List<Found> found = new ArrayList<>();
        for (String path : site.paths()) {
            if (path.endsWith(".html")) {
                found.addAll(links(path, site.find(path).orElseThrow()));
            }
        }
        Map<String, Long> cache = readCache();
        Map<String, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (String url : found.stream().map(Found::url).distinct().sorted().toList()) {
                Long checked = cache.get(url);
                if (checked != null && clock.instant().isBefore(Instant.ofEpochSecond(checked).plus(CACHE_FOR))) {
                    continue;
                }
                tasks.add(pool.submit(() -> {
                    String problem = ask(url);
                    if (problem == null) {
                        cache.put(url, clock.instant().getEpochSecond());
                    } else {
                        failures.put(url, problem);
                    }
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        writeCache(cache);
        List<ContentError> errors = new ArrayList<>();
        for (Found link : found) {
            String problem = failures.get(link.url());
            if (problem != null) {
                errors.add(ContentError.of(link.at(), "external.broken", link.url(), problem));
            }
        }
        return errors.stream().distinct().sorted().toList();
    }

    /** Null when the link works, else what went wrong ("404", "timeout"). */
    private String ask(String url) {
        try {
            int status = status(url, "HEAD");
            if (status == 405 || status == 501 || status == 403) {
                status = status(url, "GET");
            }
            return status < 400 ? null : String.valueOf(status);
        } catch (HttpTimeoutException e) {
            return "timeout";
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private int status(String url, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "kvarter link check").build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<Found> links(String path, byte[] html) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
        List<Found> links = new ArrayList<>();
        for (Element link : page.select("a[href^=http://], a[href^=https://]")) {
            var range = link.sourceRange();
            links.add(new Found(link.attr("href"), range.isTracked()
                    ? new Position(path, range.start().lineNumber(), range.start().columnNumber()) : Position.ofFile(path)));
        }
        return links;
    }

    private Map<String, Long> readCache() {
        Map<String, Long> cache = new ConcurrentHashMap<>();
        if (Files.exists(cacheFile)) {
            try {
                cache.putAll(json.readValue(cacheFile.toFile(), new TypeReference<Map<String, Long>>() { }));
            } catch (IOException e) {
                // a damaged cache is just forgotten: every link is asked again
            }
        }
        return cache;
    }

    private void writeCache(Map<String, Long> cache) {
        try {
            if (cacheFile.getParent() != null) {
                Files.createDirectories(cacheFile.getParent());
            }
            json.writerWithDefaultPrettyPrinter().writeValue(cacheFile.toFile(), new TreeMap<>(cache));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
