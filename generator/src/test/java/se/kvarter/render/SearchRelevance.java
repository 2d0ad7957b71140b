package se.kvarter.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvarter.NodeScripts;
import se.kvarter.TestSites;

/**
 * The site search as a resident's browser runs it: the real {@code templates/assets/search.js},
 * run by Node ({@code generator/src/test/node/search.js}) against the index files of a built
 * site, and the relevance set of {@code search/relevance.tsv} (queries and their expected first
 * hit). One Node process answers all the queries of a site.
 *
 * <p>When Node is missing, the tests fail in CI (the environment variable {@code CI} is set) and
 * are skipped elsewhere, with the command that installs it.
 */
final class SearchRelevance {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line of the relevance set. */
    record Case(String site, String edition, String query, String first) {
    }

    /** What the script found for a query: how many pages, and the first ten. */
    record Hits(int total, List<String> urls) {
    }

    /** A status line to say: the script's texts (its data attributes, as {@code dataset} names them), the count and the query. */
    record Status(Map<String, String> texts, String lang, int count, String query) {
    }

    /** What one Node run answered. */
    record Answers(List<Hits> hits, List<String> statuses) {
    }

    private SearchRelevance() {
    }

    /** The relevance set's cases for {@code site} ({@code example} or {@code city}). */
    static List<Case> cases(String site) {
        try {
            List<Case> cases = new ArrayList<>();
            for (String line : Files.readAllLines(TestSites.root().resolve("generator/src/test/resources/search/relevance.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns[0].equals(site)) {
                    cases.add(new Case(columns[0], columns[1], columns[2], columns[3]));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of an edition's search index in {@code site}: {@code sok/} of the default language, else {@code <lang>/sok/}. */
    static Path indexFolder(Path site, String edition) {
        return edition.equals("sv") ? site.resolve("sok") : site.resolve(edition).resolve("sok");
    }

    /** Every case whose first hit is not the expected one, as "query (edition): expected …, found …". */
    static List<String> misses(Path site, List<Case> cases) {
        List<Hits> hits = run(site, cases, List.of()).hits();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case item = cases.get(i);
            List<String> urls = hits.get(i).urls();
            if (urls.isEmpty() || !urls.get(0).equals(item.first())) {
                misses.add(item.query() + " (" + item.edition() + "): expected " + item.first() + ", found "
                        + hits.get(i).total() + " " + urls.subList(0, Math.min(3, urls.size())));
            }
        }
        return misses;
    }

    /** Runs the queries of {@code cases} on {@code site}, and says {@code statuses}, in one Node process. */
    static Answers run(Path site, List<Case> cases, List<Status> statuses) {
        requireNode();
        ObjectNode request = MAPPER.createObjectNode();
        request.put("script", TestSites.templates().resolve("assets/search.js").toString());
        ArrayNode items = request.putArray("cases");
        cases.forEach(item -> items.addObject().put("index", indexFolder(site, item.edition()).toString())
                .put("query", item.query()));
        ArrayNode said = request.putArray("statuses");
        statuses.forEach(status -> {
            ObjectNode node = said.addObject();
            node.set("texts", MAPPER.valueToTree(status.texts()));
            node.put("lang", status.lang()).put("count", status.count()).put("query", status.query());
        });
        JsonNode answer = NodeScripts.run("search.js", request, Map.of(), Duration.ofMinutes(5));
        List<Hits> hits = new ArrayList<>();
        for (JsonNode hit : answer.get("hits")) {
            List<String> urls = new ArrayList<>();
            hit.get("urls").forEach(url -> urls.add(url.asText()));
            hits.add(new Hits(hit.get("total").asInt(), urls));
        }
        List<String> lines = new ArrayList<>();
        answer.get("statuses").forEach(line -> lines.add(line.asText()));
        return new Answers(hits, lines);
    }

    /** Fails (in CI) or skips (elsewhere) when Node is missing. */
    private static void requireNode() {
        NodeScripts.require("The search tests", null, "apt-get install nodejs");
    }
}
