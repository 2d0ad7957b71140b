package se.kvarter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options only a build to disk has: where to write, and at which URL the site is published. */
public final class BuildOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class)
    String baseUrl;
}
