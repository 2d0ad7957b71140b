package se.kvarter.render;

/**
 * A sentence of the interface with a reason from the content inside it ("Stängt 24 december
 * (Juluppehåll)"), split around the reason so that the page can mark the reason's language when
 * a translation left it in the language it was written in.
 *
 * @param reason     the reason, or empty when the sentence has none
 * @param reasonLang the reason's language when it is not the page's, else null
 */
public record Phrase(String before, String reason, String after, String reasonLang) {

    /** Stands in for the reason while the sentence is formatted: a private-use character no text has. */
    static final String REASON = "\uE000";

    /** A sentence without a reason. */
    static Phrase of(String text) {
        return new Phrase(text, "", "", null);
    }

    /** Puts {@code reason} where {@link #REASON} stands in {@code formatted}. */
    static Phrase around(String formatted, String reason, String reasonLang) {
        int at = formatted.indexOf(REASON);
        if (at < 0) { // an interface text that leaves the reason out
            return of(formatted);
        }
        return new Phrase(formatted.substring(0, at), reason, formatted.substring(at + REASON.length()), reasonLang);
    }

    /** The whole sentence, as plain text. */
    @Override
    public String toString() {
        return before + reason + after;
    }
}
