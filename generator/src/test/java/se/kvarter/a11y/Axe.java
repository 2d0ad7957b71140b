package se.kvarter.a11y;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core, from its webjar, run in the page that the browser shows, with the rules of WCAG 2.0,
 * 2.1 and 2.2 at levels A and AA (the tags below; {@code wcag22aa} brings the target-size rule).
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = load();
    /** What the run script answers on a page without axe-core. */
    private static final String MISSING = "{\"missing\": true}";

    /** What axe found on one page. */
    record Result(String url, List<Violation> violations, Set<String> rulesRun) {
    }

    /** A rule broken on a page, with the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + "\n      " + String.join("\n      ", nodes);
        }
    }

    private Axe() {
    }

    /** The version of axe-core in use. */
    static String version() {
        Matcher header = Pattern.compile("axe v([0-9.]+)").matcher(SCRIPT.substring(0, 100));
        return header.find() ? header.group(1) : webjarVersion();
    }

    /** Runs axe-core's WCAG A and AA rules on the page the browser shows now. */
    static Result run(WebDriver driver) {
        return run(driver, Map.of("type", "tag", "values", TAGS));
    }

    /**
     * Runs axe-core's WCAG A and AA rules on the page the browser shows now, leaving out the
     * elements {@code exclude} selects: the repeats of one markup (hundreds of cards of one
     * template), whose first ones are checked, so that a page of a city's size is checked in
     * seconds rather than half a minute.
     */
    static Result runExcept(WebDriver driver, String exclude) {
        return run(driver, Map.of("type", "tag", "values", TAGS), Map.of(), exclude);
    }

    /** Runs only these axe-core rules on the page the browser shows now. */
    static Result runRules(WebDriver driver, List<String> rules) {
        return run(driver, Map.of("type", "rule", "values", rules));
    }

    /** Runs axe-core's WCAG A and AA rules but these on the page the browser shows now. */
    static Result runAllBut(WebDriver driver, List<String> rules) {
        Map<String, Object> off = new TreeMap<>();
        rules.forEach(rule -> off.put(rule, Map.of("enabled", false)));
        return run(driver, Map.of("type", "tag", "values", TAGS), off);
    }

    private static Result run(WebDriver driver, Map<String, Object> runOnly) {
        return run(driver, runOnly, Map.of());
    }

    private static Result run(WebDriver driver, Map<String, Object> runOnly, Map<String, Object> rules) {
        return run(driver, runOnly, rules, null);
    }

    private static Result run(WebDriver driver, Map<String, Object> runOnly, Map<String, Object> rules, String exclude) {
        String options;
        String context;
        try {
            options = JSON.writeValueAsString(Map.of("runOnly", runOnly, "rules", rules, "resultTypes", List.of("violations")));
            context = exclude == null ? "document" : JSON.writeValueAsString(Map.of("exclude", List.of(List.of(exclude))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = "(async () => {"
                + " if (typeof axe === 'undefined') { return '" + MISSING + "'; }"
                + " try { const r = await axe.run(" + context + ", " + options + ");"
                + " return JSON.stringify({url: location.href, violations: r.violations,"
                + " run: [].concat(r.violations, r.passes, r.incomplete, r.inapplicable).map(x => x.id)}); }"
                + " catch (e) { return JSON.stringify({url: location.href, error: String(e)}); } })()";
        Object answer = evaluate(driver, script);
        if (MISSING.equals(answer)) {
            // axe-core put into the page and run in one evaluation: a round trip fewer on each page that needs it
            answer = evaluate(driver, SCRIPT + "\n;" + script);
        }
        try {
            JsonNode result = JSON.readTree(String.valueOf(answer));
            if (result.has("error")) {
                throw new IllegalStateException("axe-core failed on " + result.path("url").asText() + ": " + result.get("error"));
            }
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : result.get("violations")) {
                List<String> nodes = new ArrayList<>();
                for (JsonNode node : v.get("nodes")) {
                    nodes.add(node.get("target") + " " + node.path("html").asText()
                            + "\n        " + node.path("failureSummary").asText().replace("\n", "\n        "));
                }
                violations.add(new Violation(v.get("id").asText(), v.path("impact").asText(), v.get("help").asText(), nodes));
            }
            Set<String> run = new TreeSet<>();
            result.get("run").forEach(id -> run.add(id.asText()));
            // the address from the same script: one round trip to the browser fewer per run
            return new Result(result.path("url").asText(), violations, run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Evaluates {@code expression} in the page through DevTools and waits for its promise: one
     * message to the page, where a WebDriver script command costs chromedriver and the browser
     * several of their own around it.
     */
    private static Object evaluate(WebDriver driver, String expression) {
        Map<String, Object> evaluated = ((HasCdp) driver).executeCdpCommand("Runtime.evaluate",
                Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (evaluated.get("exceptionDetails") != null) {
            throw new IllegalStateException("axe-core could not run: " + evaluated.get("exceptionDetails"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) evaluated.get("result");
        return result.get("value");
    }

    private static String load() {
        String path = "META-INF/resources/webjars/axe-core/" + webjarVersion() + "/axe.min.js";
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        try (InputStream in = Axe.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core webjar is not on the test classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
