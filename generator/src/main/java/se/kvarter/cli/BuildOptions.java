package se.kvarter.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import se.kvarter.Build;

/** The options that say what to build: shared by build, and later serve and check. */
public final class BuildOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder, replaced as a whole when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Build as of this date instead of today (hours, events, publishing).")
    LocalDate date;

    @Option(names = "--drafts", description = "Include drafts and entries scheduled for later.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish at this URL instead of site.yaml's baseUrl.")
    String baseUrl;

    Build.Options toOptions() {
        return new Build.Options(content, templates, out, date, drafts, baseUrl);
    }
}
