package se.kvarter.model;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The site's content in one language: entries translated into it where a translation exists,
 * in the default language otherwise (each entry's {@code language} tells which). Lists are
 * sorted by id; drafts and unpublished entries are already left out unless the build asked for them.
 */
public record Edition(String language, List<Organization> organizations, List<Place> places, List<Event> events,
                      List<NewsArticle> news, List<Page> pages) {

    public Edition {
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        events = List.copyOf(events);
        news = List.copyOf(news);
        pages = List.copyOf(pages);
    }

    /** The news that lists and feeds show at {@code instant}: not expired, newest first. */
    public List<NewsArticle> listedNews(LocalDateTime instant) {
        return news.stream()
                .filter(n -> !n.expiredAt(instant))
                .sorted(Comparator.comparing(NewsArticle::date).reversed().thenComparing(NewsArticle::id))
                .toList();
    }
}
