package se.kvarter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import se.kvarter.Build;
import se.kvarter.source.Messages;

/** The build's progress on the terminal: one line per phase and a last summary line. */
final class Console {

    private final Messages messages;
    private final PrintWriter out;
    private final boolean quiet;

    Console(Messages messages, PrintWriter out, boolean quiet) {
        this.messages = messages;
        this.out = out;
        this.quiet = quiet;
    }

    void phase(String key, Object... args) {
        if (!quiet) {
            out.println(messages.format(key, args));
        }
    }

    /** {@code Built 1,234 pages, 8 feeds in 0.84 s -> site/} */
    void done(Build.Result result, Path folder) {
        if (quiet) {
            return;
        }
        Locale locale = Locale.forLanguageTag(messages.language());
        String seconds = String.format(locale, "%.2f", result.time().toNanos() / 1e9);
        String shown = folder.toString().replace('\\', '/');
        out.println(messages.format("progress.done", result.pages(), result.feeds(), seconds,
                shown.endsWith("/") ? shown : shown + "/"));
    }
}
