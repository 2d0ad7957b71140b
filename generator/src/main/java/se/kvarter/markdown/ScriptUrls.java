package se.kvarter.markdown;

import java.util.Locale;

/**
 * Whether an attribute's value can run script when followed: a {@code javascript:} or
 * {@code vbscript:} URL, also with the white space and control characters that browsers skip
 * inside a scheme ({@code java&#9;script:}), and anywhere in the value, since an animation's
 * {@code values} lists several URLs.
 */
public final class ScriptUrls {

    private ScriptUrls() {
    }

    public static boolean isScript(String value) {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && c != 0x7f) {
                plain.append(c);
            }
        }
        String lower = plain.toString().toLowerCase(Locale.ROOT);
        return lower.contains("javascript:") || lower.contains("vbscript:");
    }
}
