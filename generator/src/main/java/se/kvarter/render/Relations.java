package se.kvarter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.kvarter.model.Edition;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Place;
import se.kvarter.model.ReferenceTime;

/**
 * Who refers to whom in one edition, worked out once so that pages look relations up instead of
 * searching every entry for each page (a place page would otherwise sort all news).
 *
 * @param listedNews   the news lists and feeds show, newest first
 * @param newsByPlace  listed news by the places they are about, newest first
 * @param eventsByPlace events by their place
 * @param eventsByOrganization events by their organiser
 * @param placesByArea places by their area's name
 * @param placesByService places by the services they offer
 * @param placesByOrganization places by the organisation running them
 * @param placesByPartner places by their partner organisations
 */
record Relations(List<NewsArticle> listedNews, Map<String, List<NewsArticle>> newsByPlace,
                 Map<String, List<Event>> eventsByPlace, Map<String, List<Event>> eventsByOrganization,
                 Map<String, List<Place>> placesByArea, Map<String, List<Place>> placesByService,
                 Map<String, List<Place>> placesByOrganization, Map<String, List<Place>> placesByPartner) {

    static Relations of(Edition content, ReferenceTime now) {
        List<NewsArticle> listed = content.listedNews(now.instant());
        Map<String, List<NewsArticle>> newsByPlace = new TreeMap<>();
        for (NewsArticle article : listed) {
            article.places().forEach(id -> add(newsByPlace, id, article));
        }
        Map<String, List<Event>> eventsByPlace = new TreeMap<>();
        Map<String, List<Event>> eventsByOrganization = new TreeMap<>();
        for (Event event : content.events()) {
            add(eventsByPlace, event.place(), event);
            add(eventsByOrganization, event.organization(), event);
        }
        Map<String, List<Place>> byArea = new TreeMap<>();
        Map<String, List<Place>> byService = new TreeMap<>();
        Map<String, List<Place>> byOrganization = new TreeMap<>();
        Map<String, List<Place>> byPartner = new TreeMap<>();
        for (Place place : content.places()) {
            add(byArea, place.location().address().area(), place);
            place.about().services().forEach(id -> add(byService, id, place));
            add(byOrganization, place.runBy().organization(), place);
            place.runBy().partners().forEach(id -> add(byPartner, id, place));
        }
        return new Relations(listed, newsByPlace, eventsByPlace, eventsByOrganization, byArea, byService,
                byOrganization, byPartner);
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
    }

    static <T> List<T> of(Map<String, List<T>> map, String key) {
        return map.getOrDefault(key, List.of());
    }
}
