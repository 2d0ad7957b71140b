package se.kvarter.hours;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvarter.NodeScripts;

/**
 * The reference OpenStreetMap {@code opening_hours} evaluator, the npm package {@code opening_hours}
 * pinned in {@code generator/src/test/node/}, run by Node with Sweden's public holidays in the
 * site's time zone: one process reads a whole batch of values.
 *
 * <p>When Node or the package is missing, the tests fail in CI (the environment variable
 * {@code CI} is set) and are skipped elsewhere, with the command that installs them.
 */
final class OsmEvaluator {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    static final Path FOLDER = NodeScripts.FOLDER;
    static final String INSTALL = "npm ci --prefix generator/src/test/node (.ci/run does this; Node from apt-get install nodejs npm)";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A value to read from local midnight of {@code from} for {@code days} days. */
    record Case(String value, LocalDate from, int days) {
    }

    /** An open (or, with {@code unknown}, maybe open) stretch as the evaluator reads it. */
    record Span(Instant from, Instant to, boolean unknown, String comment) {
    }

    /** What the evaluator read in one value: the parse error (null when it parsed), its warnings, its stretches. */
    record Reading(String error, List<String> warnings, List<Span> spans) {
    }

    private OsmEvaluator() {
    }

    /** Fails (in CI) or skips (elsewhere) when Node or the evaluator package is missing. */
    static void requireInstalled() {
        NodeScripts.require("The opening_hours tests",
                Files.isRegularFile(FOLDER.resolve("node_modules/opening_hours/package.json")) ? null
                        : "the npm package opening_hours in " + FOLDER, INSTALL);
    }

    /** Reads every case in one Node process; the readings in the order of the cases. */
    static List<Reading> read(List<Case> cases) {
        requireInstalled();
        ObjectNode request = MAPPER.createObjectNode();
        request.putObject("nominatim").putObject("address").put("country_code", "se");
        ArrayNode items = request.putArray("cases");
        for (Case item : cases) {
            items.addObject().put("value", item.value()).put("from", item.from().toString()).put("days", item.days());
        }
        JsonNode answer = NodeScripts.run("evaluate.js", request, Map.of("TZ", ZONE.getId()), Duration.ofMinutes(2));
        List<Reading> readings = new ArrayList<>();
        for (JsonNode result : answer) {
            List<String> warnings = new ArrayList<>();
            result.get("warnings").forEach(warning -> warnings.add(warning.asText()));
            List<Span> spans = new ArrayList<>();
            for (JsonNode span : result.get("intervals")) {
                spans.add(new Span(Instant.ofEpochMilli(span.get(0).asLong()), Instant.ofEpochMilli(span.get(1).asLong()),
                        span.get(2).asBoolean(), span.get(3).isNull() ? null : span.get(3).asText()));
            }
            readings.add(new Reading(result.get("error").isNull() ? null : result.get("error").asText(), warnings, spans));
        }
        return readings;
    }
}
