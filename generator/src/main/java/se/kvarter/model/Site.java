package se.kvarter.model;

import java.util.List;

/**
 * Everything a build publishes: settings, the service vocabulary, the attachment files and one
 * {@link Edition} per language (the default language first), as of the build's reference time.
 *
 * @param files the paths of the files under {@code files/}, copied verbatim
 * @param now   the moment the content was published for (drafts and schedules decided by it)
 */
public record Site(SiteSettings settings, List<Service> services, List<String> files, List<Edition> editions,
                   ReferenceTime now) {

    public Site {
        services = List.copyOf(services);
        files = List.copyOf(files);
        editions = List.copyOf(editions);
    }

    public Edition defaultEdition() {
        return editions.get(0);
    }
}
