package se.kvarter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kvarter.diff.ChangeReport;
import se.kvarter.diff.SiteDiff;

/**
 * {@code kvarter diff OLD NEW}: what changes for residents between two built sites, such as
 * main's and a pull request's. Exits with 0 whether or not anything changed: a change is what a
 * pull request is for.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
public final class DiffCommand implements Callable<Integer> {

    /** How the changes are written. */
    enum Format { text, markdown }

    /** {@code --format}, in any case, a mistake listing the formats. */
    static final class FormatConverter extends ChoiceConverter<Format> {
        FormatConverter() {
            super(names(Format.class), Format::valueOf);
        }
    }

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    Path oldSite;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    Path newSite;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text", converter = FormatConverter.class,
            descriptionKey = "diff.format")
    Format format;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path site : new Path[] {oldSite, newSite}) {
            if (!Files.isDirectory(site)) {
                spec.commandLine().getErr().println(common.messages().format("usage.no-site", site.toString()));
                return CommandLine.ExitCode.USAGE;
            }
        }
        try {
            new ChangeReport(common.lang(), format == Format.markdown)
                    .write(SiteDiff.between(oldSite, newSite), spec.commandLine().getOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }
}
