package se.kvarter.render;

/** A link for a template: where it goes and what it says. */
public record Link(String url, String text) {
}
