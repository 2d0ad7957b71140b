package se.kvarter.feeds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the dev server's open data reuses from the build before: each HTML body with its links
 * made absolute (a jsoup parse per body) and the JSON text of each item of a list file, so that
 * after one edit only the edited item is serialised again, not the whole list.
 *
 * <p>Items are found by equality of their value, so a changed item can never be served stale;
 * anything not asked for during a build is dropped when the next one starts.
 */
public final class OpenDataCache {

    private final boolean keepsJson;
    private Map<Body, String> links = new ConcurrentHashMap<>();
    private Map<Body, String> previousLinks = Map.of();
    private Map<Object, String> items = new ConcurrentHashMap<>();
    private Map<Object, String> previousItems = Map.of();

    private OpenDataCache(boolean keepsJson) {
        this.keepsJson = keepsJson;
    }

    /**
     * For one build: nothing is kept. Most bodies go into one list file only, and holding every
     * body made absolute until the end of the build costs more memory than the second parse of a
     * place's description costs time (bench/RESULTS.md).
     */
    public static OpenDataCache forOneBuild() {
        return new OpenDataCache(false);
    }

    /** For the dev server's rebuilds: also keeps the JSON of list items between builds. */
    public static OpenDataCache acrossBuilds() {
        return new OpenDataCache(true);
    }

    /** Starts a build: what the last one used stays available, older entries go. */
    public synchronized void nextBuild() {
        previousLinks = links;
        links = new ConcurrentHashMap<>();
        previousItems = items;
        items = new ConcurrentHashMap<>();
    }

    /** A body as made absolute against one origin: a new base URL must not find the old links. */
    private record Body(String origin, String html) {
    }

    String absoluteLinks(String origin, String html, Function<String, String> make) {
        if (!keepsJson) {
            return make.apply(html);
        }
        return reuse(new Body(origin, html), links, previousLinks, body -> make.apply(body.html()));
    }

    boolean keepsJson() {
        return keepsJson;
    }

    String item(Object value, Function<Object, String> write) {
        return reuse(value, items, previousItems, write);
    }

    private static <K> String reuse(K key, Map<K, String> now, Map<K, String> before, Function<? super K, String> make) {
        String known = now.get(key);
        if (known == null) {
            known = before.get(key);
            if (known == null) {
                known = make.apply(key);
            }
            now.put(key, known);
        }
        return known;
    }
}
