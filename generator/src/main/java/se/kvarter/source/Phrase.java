package se.kvarter.source;

/**
 * A message argument that is itself a translatable phrase (such as "the place"), resolved in
 * the reader's language when the message is formatted.
 */
public record Phrase(String key) {
}
