package se.kvarter.hours;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import se.kvarter.TestSites;

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
    static final Path FOLDER = TestSites.root().resolve("generator/src/test/node");
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
        String missing = null;
        if (!Files.isRegularFile(FOLDER.resolve("node_modules/opening_hours/package.json"))) {
            missing = "the npm package opening_hours in " + FOLDER;
        }
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
                missing = "node";
            }
        } catch (IOException e) {
            missing = "node";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            missing = "node";
        }
        if (missing == null) {
            return;
        }
        String message = "The opening_hours tests need Node and the reference evaluator; missing: " + missing
                + ". Install it with: " + INSTALL;
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(message);
        }
        System.err.println("Skipping the opening_hours evaluator tests. " + message);
        Assumptions.abort(message);
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
        try {
            Path input = Files.createTempFile("kvarter-osm-", ".json");
            Path errors = Files.createTempFile("kvarter-osm-", ".err");
            try {
                MAPPER.writeValue(input.toFile(), request);
                ProcessBuilder builder = new ProcessBuilder("node", "evaluate.js").directory(FOLDER.toFile())
                        .redirectInput(input.toFile()).redirectError(errors.toFile());
                builder.environment().put("TZ", ZONE.getId());
                Process node = builder.start();
                byte[] output = node.getInputStream().readAllBytes();
                if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
                    throw new IllegalStateException("the evaluator failed: " + Files.readString(errors));
                }
                List<Reading> readings = new ArrayList<>();
                for (JsonNode result : MAPPER.readTree(new String(output, StandardCharsets.UTF_8))) {
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
            } finally {
                Files.deleteIfExists(input);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
