package se.kvarter.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options that say what to read: shared by build, serve and check. */
public final class SourceOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates")
    Path templates;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class)
    LocalDate date;

    @Option(names = "--drafts")
    boolean drafts;
}
