package se.kvarter.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.kvarter.content.ContentKind;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.SourceFile;
import se.kvarter.content.YamlReader;
import se.kvarter.source.Problems;

/**
 * Ids a place or a page cannot have because a page the site makes itself has that address. The
 * build refuses them and {@code kvarter new} refuses to write them, from this one list.
 */
public final class ReservedIds {

    /**
     * Top-level paths the site itself uses. {@code tillganglighet} is not among them: a page with
     * that id replaces the generated accessibility statement. The site's languages are taken too:
     * they are the folders of the other editions ({@code /en/}).
     */
    static final Set<String> PAGES = Set.of("platser", "omraden", "tjanster", "evenemang", "nyheter", "oppna-data",
            "api", "calendar", "files", "assets", "sok", "404", "sitemap", "robots", "dcat", "organisationer");
    /** Pages under /platser/ that are not places: a place with such an id would take their address. */
    static final Set<String> PLACES = Set.of("tillganglig-entre", "oppet-idag", "sprak", "malgrupp");

    private ReservedIds() {
    }

    /**
     * Whether the build refuses {@code id} for a file of this kind.
     *
     * @param languages the site's languages, default first
     */
    public static boolean isReserved(ContentKind kind, String id, Collection<String> languages) {
        return switch (kind) {
            case PAGE -> PAGES.contains(id) || languages.contains(id);
            case PLACE -> PLACES.contains(id);
            default -> false;
        };
    }

    /**
     * The languages of the site in {@code content} as the build reads them from {@code site.yaml}.
     * Mistakes in the file are left for the build to report: here they give the defaults.
     */
    public static List<String> siteLanguages(Path content) {
        Path site = content.resolve("site.yaml");
        Problems ignored = new Problems();
        SourceFile file = new SourceFile("site.yaml", site, ContentKind.SITE, "site", null, null, SourceFile.Stamp.UNKNOWN);
        Optional<SourceDocument> document = Optional.empty();
        if (Files.isRegularFile(site)) {
            String text;
            try {
                text = Files.readString(site, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            document = new YamlReader().readMapping(file.path(), text.replace("\uFEFF", ""), 1, ignored)
                    .map(fields -> new SourceDocument(file, fields, "", 0));
        }
        return new SiteValidator(ignored).validate(document, null).languages();
    }
}
