package se.kvarter.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every JSON file of a built site, each validated against the JSON Schema that the site itself
 * publishes for it ({@code api/v1/schema/}), or named here with the outside standard it follows
 * instead. A JSON file the site starts to publish must be added to one of the two lists, so that
 * no file escapes: the schemas close every object ({@code additionalProperties: false},
 * {@link PublishedSchemasTest}), so a field a file has and its schema lacks fails the validation.
 */
public final class SiteJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Files by path pattern, with the name of the site's own schema that describes them. */
    private static final Map<Pattern, String> OWN_SCHEMA = Map.of(
            Pattern.compile("api/v1/index\\.json"), "index",
            Pattern.compile("api/v1/places\\.json"), "places",
            Pattern.compile("api/v1/places/[a-z0-9-]+\\.json"), "place",
            Pattern.compile("api/v1/events\\.json"), "events",
            Pattern.compile("api/v1/news\\.json"), "news",
            Pattern.compile("api/v1/organizations\\.json"), "organizations");

    /** Files that follow a standard of their own, with the test that holds them to it. */
    private static final Map<Pattern, String> OUTSIDE_STANDARD = Map.of(
            Pattern.compile("api/v1/schema/[a-z]+\\.schema\\.json"), "the schemas themselves (JSON Schema 2020-12)",
            Pattern.compile("api/v1/places\\.geojson"), "GeoJSON, RFC 7946 (NewsAndMapFeedsTest)",
            Pattern.compile("api/hsds/[a-z_]+\\.json"), "Open Referral HSDS 3.0 (HsdsExportTest)",
            Pattern.compile("nyheter/feed\\.json"), "JSON Feed 1.1 (NewsAndMapFeedsTest)",
            Pattern.compile("dcat\\.jsonld"), "DCAT-AP-SE as JSON-LD (DcatCatalogTest)",
            Pattern.compile("([a-z]{2,3}/)?sok/(index|(ord|traffar|sidor)/[0-9]+)\\.json"),
            "the search script's own index, not open data (FindingPagesTest, CitySizeTest)",
            Pattern.compile("([a-z]{2,3}/)?(platser|omraden/[a-z0-9-]+)/alla-platser\\.json"),
            "the places of a list cut into pages for its near-me and time scripts, not open data (WholeListTest)");

    private SiteJson() {
    }

    /**
     * What is wrong with the JSON files of the site built in {@code site}: each validation error
     * of a file against its schema, and each JSON file that has no schema and no outside standard.
     */
    public static List<String> problems(Path site) {
        SchemaCheck schemas = new SchemaCheck(site, baseUrl(site));
        List<String> problems = new ArrayList<>();
        for (String path : jsonFiles(site)) {
            String schema = match(OWN_SCHEMA, path);
            if (schema != null) {
                schemas.errors(schema, read(site.resolve(path))).forEach(error -> problems.add(path + ": " + error));
            } else if (match(OUTSIDE_STANDARD, path) == null) {
                problems.add(path + ": a JSON file with no schema; publish one, or name the standard it follows");
            }
        }
        return problems;
    }

    /** How many files of {@code site} were validated against the site's own schemas. */
    public static long validated(Path site) {
        return jsonFiles(site).stream().filter(path -> match(OWN_SCHEMA, path) != null).count();
    }

    private static String match(Map<Pattern, String> patterns, String path) {
        return patterns.entrySet().stream().filter(entry -> entry.getKey().matcher(path).matches())
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static List<String> jsonFiles(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.matches(".*\\.(json|geojson|jsonld)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseUrl(Path site) {
        try {
            return MAPPER.readTree(site.resolve("api/v1/index.json").toFile()).get("url").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
