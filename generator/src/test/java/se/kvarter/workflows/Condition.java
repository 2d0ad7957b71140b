package se.kvarter.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's {@code if} as GitHub evaluates it, for the expressions the project's workflows use:
 * {@code github.event_name}, {@code needs.<job>.result}, {@code needs.<job>.outputs.<name>}
 * (as the test sets them, {@code ''} when unset), string literals, {@code ==},
 * {@code !=}, {@code !}, {@code &&}, {@code ||}, parentheses and the status functions. Without a
 * status function the condition is {@code success() && (...)}: every job up the chain succeeded.
 */
final class Condition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(\\$\\{\\{|}}|'[^']*'|&&|\\|\\||==|!=|!|\\(|\\)|[A-Za-z_][A-Za-z0-9_.-]*\\(\\)|[A-Za-z_][A-Za-z0-9_.-]*)");
    private static final Pattern STATUS = Pattern.compile("\\b(always|success|failure|cancelled)\\(\\)");

    private final List<String> tokens = new ArrayList<>();
    private final String trigger;
    private final Map<String, String> needs;
    private final Map<String, String> chain;
    private final Map<String, String> outputs;
    private final boolean statusGiven;
    private int next;

    /**
     * @param needs the results of the jobs the job names in {@code needs}
     * @param chain   the results of every job up its chain, which the status functions judge
     * @param outputs the jobs' outputs by {@code job.name}
     */
    Condition(String expression, String trigger, Map<String, String> needs, Map<String, String> chain,
              Map<String, String> outputs) {
        this.trigger = trigger;
        this.needs = needs;
        this.chain = chain;
        this.outputs = outputs;
        this.statusGiven = STATUS.matcher(expression).find();
        Matcher matcher = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.strip().length() && matcher.find(at) && matcher.start() == at) {
            String token = matcher.group(1);
            if (!token.equals("${{") && !token.equals("}}")) {
                tokens.add(token);
            }
            at = matcher.end();
            while (at < expression.length() && Character.isWhitespace(expression.charAt(at))) {
                at++;
            }
        }
        if (at < expression.strip().length()) {
            throw new AssertionError("an expression the test cannot read: " + expression);
        }
    }

    boolean holds() {
        boolean success = chain.values().stream().allMatch("success"::equals);
        if (tokens.isEmpty()) {
            return success;
        }
        boolean value = truthy(or());
        if (next != tokens.size()) {
            throw new AssertionError("an expression the test cannot read: " + String.join(" ", tokens));
        }
        return statusGiven ? value : success && value;
    }

    private Object or() {
        Object left = and();
        while (accept("||")) {
            Object right = and();
            left = truthy(left) ? left : right;
        }
        return left;
    }

    private Object and() {
        Object left = comparison();
        while (accept("&&")) {
            Object right = comparison();
            left = truthy(left) ? right : left;
        }
        return left;
    }

    private Object comparison() {
        Object left = unary();
        if (accept("==")) {
            return String.valueOf(left).equalsIgnoreCase(String.valueOf(unary()));
        }
        if (accept("!=")) {
            return !String.valueOf(left).equalsIgnoreCase(String.valueOf(unary()));
        }
        return left;
    }

    private Object unary() {
        if (accept("!")) {
            return !truthy(unary());
        }
        if (accept("(")) {
            Object inner = or();
            if (!accept(")")) {
                throw new AssertionError("a parenthesis is not closed: " + String.join(" ", tokens));
            }
            return inner;
        }
        String token = tokens.get(next++);
        return value(token);
    }

    private Object value(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1);
        }
        switch (token) {
            case "always()": return true;
            case "success()": return chain.values().stream().allMatch("success"::equals);
            case "failure()": return chain.values().stream().anyMatch("failure"::equals);
            case "cancelled()": return false;
            case "github.event_name": return trigger;
            case "true": return true;
            case "false": return false;
            default: break;
        }
        String[] parts = token.split("\\.");
        if (parts.length == 3 && parts[0].equals("needs") && parts[2].equals("result") && needs.containsKey(parts[1])) {
            return needs.get(parts[1]);
        }
        if (parts.length == 4 && parts[0].equals("needs") && parts[2].equals("outputs") && needs.containsKey(parts[1])) {
            return outputs.getOrDefault(parts[1] + "." + parts[3], "");
        }
        throw new AssertionError("a value the test cannot read: " + token);
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && !String.valueOf(value).isEmpty();
    }
}
