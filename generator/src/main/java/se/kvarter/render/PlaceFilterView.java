package se.kvarter.render;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kvarter.model.Audience;
import se.kvarter.model.SitePaths;

/**
 * The filters of the places list: groups of links to the static filter pages, and the choices of
 * the in-page filter form that the script shows (the form stays hidden without JavaScript, where
 * it could do nothing).
 */
final class PlaceFilterView {

    private final EditionContext edition;
    private final PlaceViews places;
    private final List<String> services;
    private final List<Audience> audiences;
    private final List<String> languages;

    PlaceFilterView(EditionContext edition, PlaceViews places, List<String> services, List<Audience> audiences,
                    List<String> languages) {
        this.edition = edition;
        this.places = places;
        this.services = services;
        this.audiences = audiences;
        this.languages = languages;
    }

    /** A group of filter links under a heading; {@code id} names the heading and the form's field. */
    public record Group(String id, String heading, List<Choice> choices) {
    }

    /** One choice: its code in the data of a place card, its name, and its static page. */
    public record Choice(String value, String text, String url) {
    }

    /** The filters of the places list: links by group, to the places open today, and "choose a time". */
    public record Filters(List<Group> groups, Link openToday, TimeFilter time) {
    }

    /**
     * "Choose a time": the days and the parts of the day to choose from.
     *
     * @param hours     the hours of each part of the day ({@code morning} to {@code 6-12}), for the script
     * @param dayStarts when each day of the data starts, for the script
     * @param from      where the hours data of the cards starts (minutes since 1970, UTC)
     */
    public record TimeFilter(Group days, Group parts, Map<String, String> hours, String dayStarts, long from) {
    }

    Filters view() {
        UiText t = edition.text();
        SitePaths paths = edition.paths();
        List<Choice> areas = new ArrayList<>();
        SiteRenderer.areas(edition).forEach((slug, name) -> areas.add(new Choice(slug, name, paths.area(slug))));
        List<Group> groups = new ArrayList<>();
        add(groups, new Group("area", t.get("places.byArea"), areas));
        add(groups, new Group("service", t.get("places.byService"), services.stream()
                .map(id -> new Choice(id, edition.serviceLabel(id), paths.service(id))).toList()));
        add(groups, new Group("audience", t.get("filters.byAudience"), audiences.stream()
                .map(a -> new Choice(a.code(), edition.dates().capitalized(t.get("audience." + a.code())),
                        paths.placesFor(a.code())))
                .toList()));
        add(groups, new Group("language", t.get("filters.byLanguage"), languages.stream()
                .map(code -> new Choice(code, edition.dates().capitalized(places.languageName(code)),
                        paths.placesSpeaking(code)))
                .toList()));
        return new Filters(groups, new Link(paths.placesOpenToday(), t.get("filters.openToday")), time(t));
    }

    /**
     * "Choose a time": a day of the week and a part of the day, matched by the script against the
     * hours data the cards already carry for "open now" (no static page per time: the data covers
     * the coming week, and 21 pages of it would be stale by the next build). Its links carry their
     * choice in the address, as the other filters' script does; without JavaScript they are hidden.
     */
    private TimeFilter time(UiText t) {
        List<Choice> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String code = day.name().substring(0, 3).toLowerCase(Locale.ROOT);
            days.add(new Choice(code, edition.dates().capitalized(edition.dates().weekday(day)), "?day=" + code));
        }
        List<Choice> parts = new ArrayList<>();
        Map<String, String> hours = new LinkedHashMap<>();
        for (PartOfDay part : PartOfDay.values()) {
            hours.put(part.code(), part.from().getHour() + "-" + part.to().getHour());
            parts.add(new Choice(part.code(), t.format("filters.partOfDay", Map.of(
                    "part", t.get("partOfDay." + part.code()),
                    "from", String.valueOf(part.from().getHour()), "to", String.valueOf(part.to().getHour()))),
                    "?part=" + part.code()));
        }
        return new TimeFilter(new Group("day", t.get("filters.byDay"), days),
                new Group("part", t.get("filters.byPartOfDay"), parts), hours, PlaceViews.dayStarts(edition),
                PlaceViews.clock(edition).from());
    }

    private static void add(List<Group> groups, Group group) {
        if (!group.choices().isEmpty()) {
            groups.add(group);
        }
    }

}
