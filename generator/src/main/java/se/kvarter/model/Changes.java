package se.kvarter.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What differs between two builds of a site, as keys that pages and feeds name in what they
 * depend on: {@code place:kallaren} for one entry (added, removed or changed), {@code place:*}
 * in a dependency for any entry of a kind, {@code news-order} when the order of the listed news
 * changed. A change to the settings, the services, the files, the free pages (the menu) or the
 * date changes {@link #everything()}.
 */
public record Changes(boolean everything, Set<String> keys) {

    public Changes {
        keys = Set.copyOf(keys);
    }

    public static final Changes EVERYTHING = new Changes(true, Set.of());

    /** The key of a change to the set of pages (added or removed), which the sitemap shows. */
    public static final String PAGES = "pages";

    /** These changes and one more key. */
    public Changes with(String key) {
        Set<String> more = new HashSet<>(keys);
        more.add(key);
        return new Changes(everything, more);
    }

    public static Changes between(Site before, Site after) {
        if (before == null || !before.settings().equals(after.settings()) || !before.services().equals(after.services())
                || !before.files().equals(after.files()) || !before.now().date().equals(after.now().date())
                || before.editions().size() != after.editions().size()) {
            return EVERYTHING;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < after.editions().size(); i++) {
            Edition old = before.editions().get(i);
            Edition now = after.editions().get(i);
            if (!old.pages().equals(now.pages()) || !old.language().equals(now.language())) {
                return EVERYTHING;
            }
            differences("org", old.organizations(), now.organizations(), Organization::id, keys);
            differences("place", old.places(), now.places(), Place::id, keys);
            differences("event", old.events(), now.events(), Event::id, keys);
            int known = keys.size();
            differences("news", old.news(), now.news(), NewsArticle::id, keys);
            // The same articles at the same moment are listed in the same order: no need to sort them.
            boolean sameNews = keys.size() == known && before.now().instant().equals(after.now().instant());
            if (!sameNews
                    && !ids(old.listedNews(before.now().instant())).equals(ids(now.listedNews(after.now().instant())))) {
                keys.add("news-order");
            }
        }
        return new Changes(false, keys);
    }

    /** Whether something a page or feed depends on changed. */
    public boolean affects(Set<String> dependsOn) {
        if (everything) {
            return true;
        }
        for (String key : dependsOn) {
            if (key.endsWith(":*")) {
                String prefix = key.substring(0, key.length() - 1);
                if (keys.stream().anyMatch(k -> k.startsWith(prefix))) {
                    return true;
                }
            } else if (keys.contains(key)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return !everything && keys.isEmpty();
    }

    private static <T> void differences(String kind, List<T> before, List<T> after, Function<T, String> id,
                                        Set<String> keys) {
        if (before.size() == after.size() && differencesInPlace(kind, before, after, id, keys)) {
            return;
        }
        Map<String, T> old = before.stream().collect(Collectors.toMap(id, t -> t));
        Map<String, T> now = after.stream().collect(Collectors.toMap(id, t -> t));
        for (Map.Entry<String, T> entry : now.entrySet()) {
            if (!Objects.equals(old.get(entry.getKey()), entry.getValue())) {
                keys.add(kind + ":" + entry.getKey());
            }
        }
        for (String gone : old.keySet()) {
            if (!now.containsKey(gone)) {
                keys.add(kind + ":" + gone);
            }
        }
    }

    /**
     * The differences of two lists with the same ids in the same places (an edit that adds or
     * removes nothing), where unchanged entries are the very same records; false when the ids
     * do not line up, and the lists must be compared by id.
     */
    private static <T> boolean differencesInPlace(String kind, List<T> before, List<T> after, Function<T, String> id,
                                                  Set<String> keys) {
        for (int i = 0; i < after.size(); i++) {
            T old = before.get(i);
            T now = after.get(i);
            if (old == now) {
                continue;
            }
            String nowId = id.apply(now);
            if (!id.apply(old).equals(nowId)) {
                return false;
            }
            if (!old.equals(now)) {
                keys.add(kind + ":" + nowId);
            }
        }
        return true;
    }

    private static List<String> ids(List<NewsArticle> news) {
        return news.stream().map(NewsArticle::id).toList();
    }
}
