package se.kvarter;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The scripts of {@code generator/src/test/node} that read kvarter's outputs as a third party
 * would (the OpenStreetMap evaluator, the site's own search script), run under Node: a JSON
 * request on the script's input, a JSON answer on its output. Where Node or a package a script
 * needs is missing, the tests fail under {@code CI} and are skipped elsewhere, saying how to
 * install it.
 */
public final class NodeScripts {

    public static final Path FOLDER = TestSites.root().resolve("generator/src/test/node");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NodeScripts() {
    }

    /**
     * Fails (in CI) or skips (elsewhere) the calling test unless Node runs and, when {@code
     * missingPackage} is not null, the package it names is installed.
     *
     * @param tests          which tests need it, for the message ("the opening_hours tests")
     * @param missingPackage what is missing when Node runs, or null when nothing else is needed
     * @param install        how to install what is missing
     */
    public static void require(String tests, String missingPackage, String install) {
        String missing = missingPackage;
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
        String message = tests + " need Node; missing: " + missing + ". Install it with: " + install;
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(message);
        }
        System.err.println("Skipping " + tests + ". " + message);
        Assumptions.abort(message);
    }

    /**
     * The answer of {@code script} to {@code request}, run with {@code environment} added to its
     * own; {@code bound} only keeps a hung process from stalling the run.
     */
    public static JsonNode run(String script, Object request, Map<String, String> environment, Duration bound) {
        try {
            Path input = Files.createTempFile("kvarter-node-", ".json");
            Path errors = Files.createTempFile("kvarter-node-", ".err");
            try {
                MAPPER.writeValue(input.toFile(), request);
                ProcessBuilder builder = new ProcessBuilder("node", script).directory(FOLDER.toFile())
                        .redirectInput(input.toFile()).redirectError(errors.toFile());
                builder.environment().putAll(environment);
                Process node = builder.start();
                byte[] output = node.getInputStream().readAllBytes();
                if (!node.waitFor(bound.toSeconds(), TimeUnit.SECONDS) || node.exitValue() != 0) {
                    throw new IllegalStateException(script + " failed under Node: " + Files.readString(errors));
                }
                return MAPPER.readTree(new String(output, StandardCharsets.UTF_8));
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
