package se.kvarter.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options that say what to read: shared by build, serve and check. */
public final class SourceOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Build as of this date instead of today (hours, events, publishing).")
    LocalDate date;

    @Option(names = "--drafts", description = "Include drafts and entries scheduled for later.")
    boolean drafts;
}
