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
    private final boolean timed;
    private long last = System.nanoTime();

    Console(Messages messages, PrintWriter out, boolean quiet) {
        this(messages, out, quiet, false);
    }

    /** @param timed whether each phase line ends with the milliseconds it took ({@code --verbose}) */
    Console(Messages messages, PrintWriter out, boolean quiet, boolean timed) {
        this.messages = messages;
        this.out = out;
        this.quiet = quiet;
        this.timed = timed;
    }

    synchronized void phase(String key, Object... args) {
        long now = System.nanoTime();
        if (!quiet) {
            out.println(messages.format(key, args) + (timed ? " (" + (now - last) / 1_000_000 + " ms)" : ""));
        }
        last = now;
    }

    /**
     * {@code Built 1,234 pages, 8 feeds in 0.84 s -> site/}, or without the arrow when the site
     * was written nowhere ({@code folder} null: the dev server keeping it in memory).
     */
    void done(Build.Result result, Path folder) {
        if (quiet) {
            return;
        }
        Locale locale = Locale.forLanguageTag(messages.language());
        String seconds = String.format(locale, "%.2f", result.time().toNanos() / 1e9);
        if (folder == null) {
            out.println(messages.format("progress.done-in-memory", result.pages(), result.feeds(), seconds));
            return;
        }
        String shown = folder.toString().replace('\\', '/');
        out.println(messages.format("progress.done", result.pages(), result.feeds(), seconds,
                shown.endsWith("/") ? shown : shown + "/"));
    }
}
