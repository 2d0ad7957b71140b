package se.kvarter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.kvarter.Build;
import se.kvarter.Progress;
import se.kvarter.check.ExternalLinks;
import se.kvarter.output.MemorySite;
import se.kvarter.output.OutputFolderException;
import se.kvarter.source.ContentError;
import se.kvarter.source.Messages;

/**
 * {@code kvarter check}: everything a build checks (content, internal links and anchors, ids,
 * alt text), optionally the external links too, and nothing written.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class CheckCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format { text, github, json }

    /** {@code --format}, in any case, a mistake listing the formats. */
    static final class FormatConverter extends ChoiceConverter<Format> {
        FormatConverter() {
            super(names(Format.class), Format::valueOf);
        }
    }

    @Mixin
    private SourceOptions source;

    @Mixin
    private CommonOptions common;

    @Option(names = "--format", paramLabel = "text|github|json", defaultValue = "text", converter = FormatConverter.class,
            descriptionKey = "check.format")
    Format format;

    @Option(names = "--external-links")
    boolean externalLinks;

    @Option(names = "--link-cache", paramLabel = "FILE", defaultValue = ".kvarter/link-cache.json")
    Path linkCache;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MemorySite site = new MemorySite();
        Build.Result result;
        try {
            Build.Options options = new Build.Options(source.content, source.templates, Path.of("site"), source.date,
                    source.drafts, null);
            result = new Build(Progress.SILENT, Clock.systemDefaultZone()).run(options, site);
        } catch (OutputFolderException e) {
            err.println(messages.format(e.key(), e.args()));
            return CommandLine.ExitCode.USAGE;
        }
        List<ContentError> errors = new ArrayList<>(result.errors());
        if (externalLinks && result.succeeded()) {
            errors.addAll(new ExternalLinks(linkCache, Clock.systemUTC()).check(site));
        }
        ErrorPrinter.Files files = new ErrorPrinter.Files(source.content, source.templates);
        // notices remind, they never fail the check
        List<ContentError> notices = result.notices();
        switch (format) {
            case github -> {
                ErrorPrinter.githubNotices(notices, messages, files, out);
                ErrorPrinter.github(errors, messages, files, out);
            }
            case json -> ErrorPrinter.json(errors, notices, messages, files, out);
            case text -> {
                new ErrorPrinter(messages, err).notices(notices);
                if (!errors.isEmpty()) {
                    new ErrorPrinter(messages, err).lines(errors);
                    err.println(messages.format("check.failed", errors.size()));
                } else if (!common.quiet()) {
                    out.println(messages.format("check.ok", result.pages(), result.feeds()));
                }
            }
        }
        return errors.isEmpty() ? 0 : 1;
    }
}
