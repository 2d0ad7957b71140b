package se.kvarter.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub workflows do what the README says for every trigger, judged by GitHub's own rules
 * for running a job: a job runs when every job it {@code needs} succeeded and its {@code if}
 * holds; a job whose {@code if} calls no status function ({@code always()}, {@code success()},
 * {@code failure()}, {@code cancelled()}) gets {@code success()} added, so a skipped or failed
 * job anywhere up its chain skips it. This is what kept the nightly rebuild from deploying.
 * Expressions beyond {@link Condition}'s small grammar fail the test rather than pass unread.
 */
class WorkflowRulesTest {

    private static final Path WORKFLOWS = Path.of("..", ".github", "workflows");

    @Test
    void everyPublishTriggerBuildsAndDeploys() throws IOException {
        Map<String, Object> workflow = load("publish.yml");
        List<String> triggers = triggers(workflow);
        assertEquals(List.of("push", "schedule", "workflow_dispatch"), triggers);
        for (String trigger : triggers) {
            Map<String, String> results = run(workflow, trigger);
            assertEquals("success", results.get("build"), trigger + ": " + results);
            assertEquals("success", results.get("deploy"), trigger + ": " + results);
            assertEquals("success", results.get("keep-alive"), trigger + ": " + results);
        }
    }

    @Test
    void theRulesSkipAJobBelowASkippedOneAsGitHubDoes() {
        // the workflow as it was: test only on push, build on always(), deploy with no condition
        Map<String, Object> old = Map.of("jobs", Map.of(
                "test", Map.of("if", "github.event_name == 'push'"),
                "build", Map.of("needs", "test",
                        "if", "always() && (needs.test.result == 'success' || needs.test.result == 'skipped')"),
                "deploy", Map.of("needs", "build")));
        Map<String, String> nightly = run(old, "schedule");
        assertEquals("skipped", nightly.get("test"));
        assertEquals("success", nightly.get("build"));
        assertEquals("skipped", nightly.get("deploy"), "GitHub skips deploy: test, up its chain, was skipped");
        assertEquals("success", run(old, "push").get("deploy"));
    }

    @Test
    void aPullRequestThatChangesCodeIsCheckedBuiltAndTested() throws IOException {
        Map<String, String> results = run(load("pull-request.yml"), "pull_request", Map.of("changes.code", "true"));
        assertEquals(Map.of("changes", "success", "check", "success", "dependency-review", "success",
                "test", "success"), results);
    }

    @Test
    void aContentOnlyPullRequestIsCheckedAndBuiltWithoutTheJavaTests() throws IOException {
        Map<String, String> results = run(load("pull-request.yml"), "pull_request", Map.of("changes.code", "false"));
        assertEquals(Map.of("changes", "success", "check", "success", "dependency-review", "skipped",
                "test", "skipped"), results);
    }

    /**
     * Every action is pinned to a commit with its version in a comment: a tag can be moved to
     * other code, and the comment is what Dependabot (.github/dependabot.yml) reads and updates
     * along with the hash.
     */
    @Test
    void everyActionIsPinnedToACommitWithItsVersion() throws IOException {
        Pattern uses = Pattern.compile("^\\s*(?:-\\s+)?uses:\\s*(\\S+)(.*)$");
        Pattern pinned = Pattern.compile("[\\w.-]+/[\\w./-]+@[0-9a-f]{40}");
        List<String> loose = new ArrayList<>();
        int actions = 0;
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher line = uses.matcher(lines.get(i));
                    if (!line.matches()) {
                        continue;
                    }
                    actions++;
                    if (!pinned.matcher(line.group(1)).matches() || !line.group(2).matches("\\s*# v\\d+(\\.\\d+)*\\s*")) {
                        loose.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(actions > 0, "no action found: the pattern no longer reads the workflows");
        assertEquals("", String.join("\n", loose));
    }

    @Test
    void theTestsOfMainRunOnEveryPush() throws IOException {
        assertEquals(Map.of("test", "success"), run(load("tests.yml"), "push"));
    }

    private static Map<String, Object> load(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOWS.resolve(name)));
        return workflow;
    }

    @SuppressWarnings("unchecked")
    private static List<String> triggers(Map<String, Object> workflow) {
        return new ArrayList<>(((Map<String, Object>) workflow.get("on")).keySet());
    }

    /**
     * Each job's result for one trigger, every job that runs taken to succeed: jobs are settled
     * in dependency order, as GitHub does.
     */
    @SuppressWarnings("unchecked")
    static Map<String, String> run(Map<String, Object> workflow, String trigger) {
        return run(workflow, trigger, Map.of());
    }

    /** As {@link #run(Map, String)}, with the outputs jobs set ({@code job.name} to value). */
    @SuppressWarnings("unchecked")
    static Map<String, String> run(Map<String, Object> workflow, String trigger, Map<String, String> outputs) {
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        Map<String, String> results = new LinkedHashMap<>();
        while (results.size() < jobs.size()) {
            int settled = results.size();
            for (Map.Entry<String, Object> job : jobs.entrySet()) {
                if (results.containsKey(job.getKey())) {
                    continue;
                }
                Map<String, Object> spec = (Map<String, Object>) job.getValue();
                List<String> needs = needs(spec.get("needs"));
                if (!results.keySet().containsAll(needs)) {
                    continue;
                }
                String condition = spec.get("if") == null ? "" : String.valueOf(spec.get("if"));
                Map<String, String> needed = new LinkedHashMap<>();
                needs.forEach(n -> needed.put(n, results.get(n)));
                Map<String, String> chain = new LinkedHashMap<>();
                ancestors(jobs, job.getKey()).forEach(n -> chain.put(n, results.get(n)));
                boolean runs = new Condition(condition, trigger, needed, chain, outputs).holds();
                results.put(job.getKey(), runs ? "success" : "skipped");
            }
            if (results.size() == settled) {
                throw new AssertionError("a cycle or an unknown job in needs: " + jobs.keySet());
            }
        }
        return results;
    }

    /** Every job up the chain of {@code job}'s needs: what its status functions look at. */
    @SuppressWarnings("unchecked")
    private static List<String> ancestors(Map<String, Object> jobs, String job) {
        List<String> found = new ArrayList<>();
        List<String> todo = new ArrayList<>(needs(((Map<String, Object>) jobs.get(job)).get("needs")));
        while (!todo.isEmpty()) {
            String next = todo.remove(0);
            if (!found.contains(next)) {
                found.add(next);
                todo.addAll(needs(((Map<String, Object>) jobs.get(next)).get("needs")));
            }
        }
        return found;
    }

    private static List<String> needs(Object needs) {
        if (needs == null) {
            return List.of();
        }
        if (needs instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(needs));
    }
}
