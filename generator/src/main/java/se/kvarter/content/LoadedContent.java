package se.kvarter.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from a content folder, before validation: the parsed documents of each kind
 * (translations included, see {@link SourceFile#language()}), the attachment files, and the
 * content files that could not be read (their errors are reported; their ids still exist, so
 * that references to them are not reported as well).
 */
public record LoadedContent(
        Optional<SourceDocument> site,
        Optional<SourceDocument> services,
        List<SourceDocument> organizations,
        List<SourceDocument> places,
        List<SourceDocument> events,
        List<SourceDocument> news,
        List<SourceDocument> pages,
        List<SourceFile> files,
        List<SourceFile> unreadable) {

    public LoadedContent {
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        events = List.copyOf(events);
        news = List.copyOf(news);
        pages = List.copyOf(pages);
        files = List.copyOf(files);
        unreadable = List.copyOf(unreadable);
    }

    /** How many files were read, for the progress line. */
    public int fileCount() {
        return (site.isPresent() ? 1 : 0) + (services.isPresent() ? 1 : 0) + organizations.size()
                + places.size() + events.size() + news.size() + pages.size() + files.size();
    }
}
