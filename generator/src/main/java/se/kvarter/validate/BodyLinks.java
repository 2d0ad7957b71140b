package se.kvarter.validate;

import java.util.Optional;
import se.kvarter.markdown.LinkResolver;
import se.kvarter.model.SitePaths;
import se.kvarter.source.ImageSize;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/** Resolves the links of one entry's body against the content index, in one language's edition. */
final class BodyLinks implements LinkResolver {

    private final Context context;
    private final References references;
    private final SitePaths paths;
    private final Problems problems;

    /** @param problems where the body's own mistakes go (the references report theirs as they are told) */
    BodyLinks(Context context, References references, SitePaths paths, Problems problems) {
        this.context = context;
        this.references = references;
        this.paths = paths;
        this.problems = problems;
    }

    @Override
    public Optional<String> content(String scheme, String id, Position at) {
        ContentIndex.Target target = ContentIndex.Target.ofScheme(scheme);
        if (target == null || references.whenPublished(target, id, at) == null) {
            return Optional.empty();
        }
        return Optional.of(switch (target) {
            case PLACE -> paths.place(id);
            case EVENT -> paths.event(id);
            case NEWS -> paths.article(id);
            case PAGE -> paths.page(id);
            case ORGANIZATION, SERVICE -> throw new IllegalStateException("no links to " + target);
        });
    }

    @Override
    public Optional<ImageSize> imageSize(String path) {
        return Optional.ofNullable(context.images().get(path));
    }

    @Override
    public Optional<String> file(String path, Position at) {
        if (!context.files().containsKey(path)) {
            problems.add(at, "ref.missing-file", path);
            return Optional.empty();
        }
        return Optional.of(paths.file(path));
    }

    @Override
    public void problem(String key, Position at, String value) {
        problems.add(at, key, value);
    }

    @Override
    public void problem(String key, Position at, String value, String readAs) {
        problems.add(at, key, value, readAs);
    }
}
