package se.kvarter.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Entities;
import se.kvarter.source.ContentError;
import se.kvarter.source.Messages;

/**
 * The box the dev server puts over every page while the content has errors: each error with
 * its file, line and column, the sentence, and the lines of the file around it, the offending
 * one marked. Styled by {@code /__kvarter/overlay.css}, so it works without inline styles.
 */
final class Overlay {

    private static final int CONTEXT_LINES = 2;

    private final Messages messages;
    private final Path content;
    private final Path templatesParent;

    Overlay(Messages messages, Path content, Path templates) {
        this.messages = messages;
        this.content = content;
        Path parent = templates.toAbsolutePath().normalize().getParent();
        this.templatesParent = parent == null ? templates : parent;
    }

    /**
     * The box.
     *
     * @param nothingBuilt whether no version of the site has built yet, so the box is over an empty page
     */
    String html(List<ContentError> errors, boolean nothingBuilt) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<div id=\"kvarter-overlay\" role=\"alert\" lang=\"").append(messages.language()).append("\">\n");
        html.append("<h2>").append(escape(messages.format("serve.overlay.title", errors.size()))).append("</h2>\n");
        html.append("<p>").append(escape(messages.format(nothingBuilt ? "serve.overlay.help-nothing-built"
                : "serve.overlay.help"))).append("</p>\n<ol>\n");
        for (ContentError error : errors) {
            html.append("<li><p><code>").append(escape(error.at().toString())).append("</code> ")
                    .append(escape(messages.format(error.key(), error.args().toArray()))).append("</p>\n");
            String excerpt = excerpt(error);
            if (!excerpt.isEmpty()) {
                html.append("<pre>").append(escape(excerpt)).append("</pre>\n");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</div>\n").toString();
    }

    /** An empty page for the box, when there is no page of the site to show under it. */
    String page(List<ContentError> errors) {
        return "<!DOCTYPE html>\n<html lang=\"" + messages.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + escape(messages.format("serve.overlay.title", errors.size())) + "</title>\n</head>\n<body>\n</body>\n</html>\n";
    }

    /** The lines around the error, numbered, the error's line marked with {@code >}. */
    private String excerpt(ContentError error) {
        // Content errors name files in the content folder, template errors "templates/...".
        Path file = content.resolve(error.at().file());
        if (!Files.isRegularFile(file)) {
            file = templatesParent.resolve(error.at().file());
        }
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > 1_000_000) {
                return "";
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a file that cannot be read (not UTF-8, removed meanwhile) is shown without excerpt
            return "";
        }
        int line = error.at().line();
        StringBuilder text = new StringBuilder();
        for (int n = Math.max(1, line - CONTEXT_LINES); n <= Math.min(lines.size(), line + CONTEXT_LINES); n++) {
            text.append(n == line ? "> " : "  ").append(String.format("%4d | ", n)).append(lines.get(n - 1)).append('\n');
        }
        return text.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
