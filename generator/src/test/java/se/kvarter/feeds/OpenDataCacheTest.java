package se.kvarter.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.kvarter.model.SiteSettings;

/** What the dev server reuses between builds gives the same bytes as making everything again. */
class OpenDataCacheTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Object> items() {
        List<Object> items = new ArrayList<>();
        items.add(Json.obj().with("id", "a").with("text", "two\nlines \"quoted\" åäö ☃")
                .with("nested", Json.obj().with("list", List.of(1, 2, Json.obj().with("deep", true)))
                        .with("empty", List.of()).with("none", Json.obj())));
        items.add(Json.obj().with("id", "b").with("html", "<p>a <a href=\"https://x.example/\">link</a></p>"));
        items.add("a bare string");
        items.add(List.of("inner", List.of()));
        return items;
    }

    private static String written(Json json, Object value) {
        return new String(json.file("x.json", value).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aListWrittenItemByItemIsTheSameAsWrittenWhole() {
        Json whole = new Json(MAPPER, OpenDataCache.forOneBuild());
        OpenDataCache cache = OpenDataCache.acrossBuilds();
        Json byItem = new Json(MAPPER, cache);
        assertEquals(written(whole, items()), written(byItem, items()));
        cache.nextBuild();
        assertEquals(written(whole, items()), written(byItem, items()), "from the cache");
        assertEquals(written(whole, List.of()), written(byItem, List.of()));
        assertEquals(written(whole, List.of(items().get(0))), written(byItem, List.of(items().get(0))));
    }

    @Test
    void aListStreamedItemByItemIsTheSameAsTheWholeListAsText() {
        Json json = new Json(MAPPER, OpenDataCache.forOneBuild());
        String text = json.text(items()) + "\n";
        assertEquals(text, written(json, items()));
        assertEquals(text, new String(json.list("x.json", items(), item -> item).bytes(), StandardCharsets.UTF_8));
        assertEquals(json.text(List.of()) + "\n", new String(json.list("x.json", List.of(), item -> item).bytes(),
                StandardCharsets.UTF_8));
        Object one = items().get(0);
        assertEquals(json.text(one) + "\n", written(json, one));
    }

    @Test
    void aChangedItemIsWrittenAgainAndUnusedOnesAreForgotten() {
        OpenDataCache cache = OpenDataCache.acrossBuilds();
        AtomicInteger made = new AtomicInteger();
        cache.item(Json.obj().with("id", "a"), v -> "first " + made.incrementAndGet());
        cache.nextBuild();
        assertEquals("first 1", cache.item(Json.obj().with("id", "a"), v -> "again " + made.incrementAndGet()));
        assertEquals("new 2", cache.item(Json.obj().with("id", "b"), v -> "new " + made.incrementAndGet()));
        cache.nextBuild();
        cache.nextBuild(); // a build that did not ask for "a" drops it
        assertEquals("again 3", cache.item(Json.obj().with("id", "a"), v -> "again " + made.incrementAndGet()));
    }

    @Test
    void bodiesAreMadeAbsoluteForTheBaseUrlOfEachBuild() {
        OpenDataCache cache = OpenDataCache.acrossBuilds();
        String html = "<p><a href=\"/platser/x/\">x</a></p>";
        String first = new Urls(settings("https://one.example/"), cache).absoluteLinks(html);
        cache.nextBuild();
        String second = new Urls(settings("https://two.example/"), cache).absoluteLinks(html);
        assertEquals("<p><a href=\"https://one.example/platser/x/\">x</a></p>", first);
        assertNotEquals(first, second);
        assertEquals("<p><a href=\"https://two.example/platser/x/\">x</a></p>", second);
    }

    private static SiteSettings settings(String baseUrl) {
        return new SiteSettings("Test", "", baseUrl, "sv", List.of("sv"), ZoneId.of("Europe/Stockholm"), null, null,
                "closed", 0, null, false, 10, false, List.of(), se.kvarter.model.Region.SWEDEN, java.util.Map.of(),
                java.util.Map.of(), null, null);
    }
}
