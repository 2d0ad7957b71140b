package se.kvarter.render;

import se.kvarter.source.Position;

/**
 * A template could not be read or rendered. Carries the template position and Freemarker's own
 * explanation (meant for whoever edits the templates), so the build can report it like a
 * content error instead of a stack trace.
 */
public final class TemplateFailure extends RuntimeException {

    private final Position at;
    private final String detail;

    public TemplateFailure(Position at, String detail, Throwable cause) {
        super(at + ": " + detail, cause);
        this.at = at;
        this.detail = detail;
    }

    public Position at() {
        return at;
    }

    public String detail() {
        return detail;
    }
}
