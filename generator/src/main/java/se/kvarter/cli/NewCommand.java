package se.kvarter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.kvarter.content.ContentKind;
import se.kvarter.content.EntryName;
import se.kvarter.content.Slugs;
import se.kvarter.source.Messages;
import se.kvarter.validate.ReservedIds;

/**
 * {@code kvarter new place|event|news|page ID}: writes a new file with every field there is,
 * explained in Swedish comments, as a draft. Never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true)
public final class NewCommand implements Callable<Integer> {

    /** What can be made, and the kind of content file it is. */
    enum Kind {
        place(ContentKind.PLACE), event(ContentKind.EVENT), news(ContentKind.NEWS), page(ContentKind.PAGE);

        private final ContentKind content;

        Kind(ContentKind content) {
            this.content = content;
        }
    }

    /**
     * The kind, in any case; anything else is a mistake that lists the kinds. The kinds are the
     * content folders' English names, so the Swedish word a communicator may type is answered
     * with the kind it means.
     */
    static final class KindConverter extends ChoiceConverter<Kind> {

        private static final Map<String, Kind> SWEDISH = Map.of("plats", Kind.place, "evenemang", Kind.event,
                "nyhet", Kind.news, "sida", Kind.page);

        KindConverter() {
            super("usage.bad-kind", names(Kind.class), Kind::valueOf);
        }

        @Override
        public Kind convert(String text) {
            Kind meant = SWEDISH.get(text.toLowerCase(Locale.ROOT));
            if (meant != null) {
                throw new UsageMistake("usage.kind-in-swedish", text, meant.name());
            }
            return super.convert(text);
        }
    }

    @Parameters(index = "0", paramLabel = "place|event|news|page", converter = KindConverter.class,
            descriptionKey = "new.kind")
    Kind kind;

    @Parameters(index = "1", paramLabel = "ID", descriptionKey = "new.id")
    String id;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content")
    Path content;

    @Mixin
    private CommonOptions common;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // A mistyped --content would otherwise get a stray tree of its own, which no build reads.
        if (!Files.isDirectory(content)) {
            err.println(messages.format("usage.no-content", content.toString()));
            return CommandLine.ExitCode.USAGE;
        }
        if (!Files.isRegularFile(content.resolve("site.yaml"))) {
            err.println(messages.format("new.no-site-yaml", content.toString()));
            return CommandLine.ExitCode.USAGE;
        }
        if (id.length() > Slugs.MAX_LENGTH) {
            // It becomes a folder of the site and a file name, which file systems cut at 255 bytes.
            String shorter = Slugs.of(id);
            err.println(messages.format("new.id-too-long", abbreviated(id), id.length(), Slugs.MAX_LENGTH,
                    shorter.isEmpty() ? "ny-" + kind.name() : shorter));
            return CommandLine.ExitCode.USAGE;
        }
        if (!Slugs.isValid(id)) {
            String suggestion = Slugs.of(id);
            err.println(messages.format("new.bad-id", id, suggestion.isEmpty() ? "ny-" + kind.name() : suggestion));
            return CommandLine.ExitCode.USAGE;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        // A news id may start with the date, as the file names do: 2026-01-01-x is x of that day.
        EntryName entry = EntryName.of(kind.content, id);
        if (!entry.hasValidDate()) {
            err.println(messages.format("new.bad-date", entry.date(), entry.id()));
            return CommandLine.ExitCode.USAGE;
        }
        String entryId = entry.id();
        if (ReservedIds.isReserved(kind.content, entryId, ReservedIds.siteLanguages(content))) {
            err.println(messages.format("new.reserved-id", entryId));
            return CommandLine.ExitCode.USAGE;
        }
        LocalDate date = entry.date() == null ? today : LocalDate.parse(entry.date());
        String name = kind == Kind.news ? date + "-" + entryId + ".md" : entryId + ".md";
        Path file = content.resolve(kind.content.folder()).resolve(name);
        if (Files.exists(file)) {
            err.println(messages.format("new.exists", file.toString()));
            return 1;
        }
        Optional<Path> taken = TakenIds.fileWithId(content, kind.content, entryId);
        if (taken.isPresent()) {
            err.println(messages.format("new.id-taken", entryId, taken.get().toString()));
            return 1;
        }
        // The example publishDate lies a week ahead, and after an article's own date.
        LocalDate ahead = (date.isAfter(today) ? date : today).plusDays(7);
        String text = Scaffold.text(kind.name(), ahead.atTime(13, 0), date);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(messages.format("new.written", file.toString()));
        return 0;
    }

    /** A long id as a message shows it: its start, enough to recognise it. */
    private static String abbreviated(String id) {
        return id.length() <= 40 ? id : id.substring(0, 40) + "…";
    }
}
