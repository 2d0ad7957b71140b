package se.kvarter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.source.ContentError;
import se.kvarter.source.Messages;

/**
 * Prints content errors: for people ({@code file:line:col: sentence}, then a count), as GitHub
 * Actions annotations that appear on the pull request's diff, or as a JSON report for tools.
 */
final class ErrorPrinter {

    private final Messages messages;
    private final PrintWriter err;

    ErrorPrinter(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    /** Every error, then the count and that the published site is untouched. */
    void text(List<ContentError> errors) {
        lines(errors);
        err.println(messages.format("progress.failed", errors.size()));
    }

    /** Every error, one per line. */
    void lines(List<ContentError> errors) {
        for (ContentError error : errors) {
            err.println(error.format(messages));
        }
    }

    /**
     * One {@code ::error file=...,line=...,col=...::message} line per error, the file given
     * relative to the repository (the working folder), as GitHub wants it.
     */
    static void github(List<ContentError> errors, Messages messages, Files locator, PrintWriter out) {
        for (ContentError error : errors) {
            out.println("::error file=" + property(locator.repositoryPath(error.at().file()))
                    + ",line=" + error.at().line() + ",col=" + error.at().column()
                    + ",title=kvarter::" + data(messages.format(error.key(), error.args().toArray())));
        }
    }

    /** One {@code ::notice file=...} line per notice: GitHub shows it on the line without failing the check. */
    static void githubNotices(List<ContentError> notices, Messages messages, Files locator, PrintWriter out) {
        for (ContentError notice : notices) {
            out.println("::notice file=" + property(locator.repositoryPath(notice.at().file()))
                    + ",line=" + notice.at().line() + ",col=" + notice.at().column()
                    + ",title=kvarter::" + data(messages.format(notice.key(), notice.args().toArray())));
        }
    }

    /** A machine-readable report: {@code {ok, errors: [{file, line, column, code, message}]}}. */
    static void json(List<ContentError> errors, Messages messages, Files locator, PrintWriter out) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ContentError error : errors) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", locator.repositoryPath(error.at().file()));
            item.put("line", error.at().line());
            item.put("column", error.at().column());
            item.put("code", error.key());
            item.put("message", messages.format(error.key(), error.args().toArray()));
            list.add(item);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("ok", errors.isEmpty());
        report.put("errors", list);
        try {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where the files named in errors are, seen from the repository: content errors name files
     * in the content folder, template errors name {@code templates/...}, check errors name built pages.
     */
    record Files(Path content, Path templates) {

        String repositoryPath(String file) {
            Path inContent = content.resolve(file);
            if (java.nio.file.Files.exists(inContent)) {
                return slashes(inContent);
            }
            Path templatesParent = templates.toAbsolutePath().normalize().getParent();
            if (templatesParent != null && java.nio.file.Files.exists(templatesParent.resolve(file))) {
                return slashes(Path.of("").toAbsolutePath().relativize(templatesParent.resolve(file)));
            }
            return slashes(inContent);
        }

        private static String slashes(Path path) {
            return path.normalize().toString().replace('\\', '/');
        }
    }

    // GitHub's workflow-command escaping: data escapes %, CR and LF; properties also : and ,.
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
