package se.kvarter.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.HoursEngine;
import se.kvarter.model.Edition;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Page;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceStatus;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.Service;
import se.kvarter.model.Site;
import se.kvarter.model.SitePaths;

/**
 * What rendering one language's pages needs at hand: the content in that language, its paths,
 * words and date formats, the hours engine and "now", and lookups by id. Built once per
 * edition and shared by the page builders.
 */
record EditionContext(
        Site site, Edition content, SitePaths paths, UiText text, DateText dates,
        HoursEngine hours, Availabilities availability, ReferenceTime now, Map<String, Place> places, Map<String, Organization> organizations,
        Map<String, Service> services, Map<String, Event> events, Map<String, NewsArticle> news, Map<String, Page> pages,
        Relations relations, Map<String, String> areas) {

    static EditionContext of(Site site, Edition content, UiText text, HoursEngine hours, ReferenceTime now) {
        return new EditionContext(site, content, SitePaths.of(site.settings(), content.language()), text,
                new DateText(content.language(), text.comma(), text.and()), hours, availabilities(hours, now, text), now,
                byId(content.places(), Place::id), byId(content.organizations(), Organization::id),
                byId(site.services(), Service::id), byId(content.events(), Event::id),
                byId(content.news(), NewsArticle::id), byId(content.pages(), Page::id), Relations.of(content, now),
                areas(content));
    }

    /**
     * Areas by slug, in the order people read them: made once per edition, as every page of a
     * paginated list and every filter asks for them (a slug for each place each time was a tenth of
     * a large build).
     */
    private static Map<String, String> areas(Edition content) {
        Map<String, String> areas = new java.util.TreeMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Place place : content.places()) {
            String area = place.location().address().area();
            if (area != null && seen.add(area)) {
                String slug = PlaceViews.areaSlug(area);
                if (!slug.isEmpty()) {
                    areas.putIfAbsent(slug, area);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(areas);
    }

    /**
     * The availability of the edition's places; a place that is not open gives its status as the
     * reason of every closed day, except one closed for good, whose notice already says it.
     */
    private static Availabilities availabilities(HoursEngine hours, ReferenceTime now, UiText text) {
        return new Availabilities(hours, now.date(),
                status -> status == PlaceStatus.TEMPORARILY_CLOSED ? text.get("status." + status.code()) : null);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    String language() {
        return content.language();
    }

    /**
     * The language of a text when it is not this edition's (a page not yet translated, shown in
     * the language it was written in), for a {@code lang} attribute on that text; else null.
     */
    String otherLanguage(String language) {
        return language == null || language.equals(language()) ? null : language;
    }

    /**
     * The language of one text of an entry ({@code summary}, {@code body} ...) when it is not
     * this edition's, else null: a translation may leave some texts in the main language.
     */
    String otherLanguage(String language, Set<String> untranslated, String text) {
        return otherLanguage(untranslated.contains(text) ? site.settings().language() : language);
    }

    boolean isDefaultLanguage() {
        return content.language().equals(site.settings().language());
    }

    /** The absolute URL of a site path. */
    String absolute(String path) {
        String base = site.settings().baseUrl();
        String basePath = site.settings().basePath();
        return base + (path.startsWith(basePath) ? path.substring(basePath.length()) : path);
    }

    /** The {@code webcal://} address of a calendar file, which calendar apps subscribe to. */
    String webcal(String path) {
        return absolute(path).replaceFirst("^https?://", "webcal://");
    }

    String serviceLabel(String id) {
        Service service = services.get(id);
        return service == null ? id : service.label(language(), site.settings().language());
    }

    /** News that lists and feeds show: published and not expired, newest first. */
    List<NewsArticle> listedNews() {
        return relations.listedNews();
    }
}
