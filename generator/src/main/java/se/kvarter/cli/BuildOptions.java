package se.kvarter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options only a build to disk has: where to write, and at which URL the site is published. */
public final class BuildOptions {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder, replaced as a whole when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Publish at this URL instead of site.yaml's baseUrl.")
    String baseUrl;
}
