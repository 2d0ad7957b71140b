package se.kvarter.render;

import java.util.List;

/**
 * What the template of each kind of page reads besides the layout and the texts: one record per
 * page kind, whose components the template sees by name at its top level ({@link PageModel}).
 * A component that is null is missing to the template ({@code descriptionLang??}).
 */
sealed interface PageData {

    /**
     * The start page ({@code pages/index.ftlh}).
     *
     * @param descriptionLang the language of the description where the edition has none of its own, else null
     * @param openToday       the first few places open today; {@code openTodayAll} leads to all of them
     * @param today           today's date in words
     */
    record HomePage(String description, String descriptionLang, List<Link> areas, List<Link> services,
                    List<PlaceCard> openToday, Link openTodayAll, List<EventCard> events, List<ArticleCard> news,
                    String today) implements PageData {
    }

    /**
     * A place's page ({@code pages/place.ftlh}).
     *
     * @param posterPairs its posters with a second language
     * @param moreEvents  the events list, when the place has more events than its page shows, else null
     * @param moreNews    the news list, when the place is in more news than its page shows, else null
     */
    record PlacePage(PlaceView place, List<Link> posterPairs, Link moreEvents, Link moreNews) implements PageData {
    }

    /** A place's printable poster ({@code pages/poster.ftlh}); {@code beside} the second language's half, or null. */
    record PosterSheet(PosterView poster, PosterView.Half beside, List<Link> pairs) implements PageData {
    }

    /**
     * A page of a list of places ({@code places.ftlh}, {@code step-free.ftlh}, {@code filtered-places.ftlh},
     * {@code area.ftlh}, {@code service.ftlh}); the parts that only some of these show are null on the others.
     *
     * @param count    how many places the whole list has
     * @param complete whether this page holds the whole list
     * @param nearMe   whether the page offers to sort its places by distance
     * @param filters  the places list's filters
     * @param stepFree the link to the places with a step-free entrance, on the places list
     * @param narrowed what a filtered list says of itself and of all places
     * @param whole    where the scripts fetch every place of a list cut into pages, or null
     */
    record PlaceListPage(String listTitle, int count, boolean complete, boolean nearMe, List<PlaceCard> places,
                         List<AreaGroup> groups, Pager pager, PlaceFilterView.Filters filters, Link stepFree,
                         Narrowed narrowed, String whole) implements PageData {
    }

    /** The places of one area on a page of a list; {@code url} is null for those without a known area. */
    record AreaGroup(String heading, String url, String slug, List<PlaceCard> places) {
    }

    /**
     * A filtered list of places: its introduction (null on the step-free list), how many places there
     * are in all and the link to them.
     */
    record Narrowed(String intro, int total, Link all) {
    }

    /** A page of the events list ({@code pages/events.ftlh}). */
    record EventsPage(List<EventCard> events, Pager pager) implements PageData {
    }

    /** An event's page ({@code pages/event.ftlh}). */
    record EventPage(EventView event) implements PageData {
    }

    /** A page of the news list ({@code pages/news.ftlh}). */
    record NewsPage(List<ArticleCard> articles, Pager pager) implements PageData {
    }

    /** A news article's page ({@code pages/article.ftlh}). */
    record ArticlePage(ArticleView article) implements PageData {
    }

    /** A page of text from {@code content/pages/} ({@code pages/page.ftlh}). */
    record TextPage(Text page) implements PageData {
    }

    /**
     * The text of a content page; each language is that of a part not translated yet, else null.
     *
     * @param summary the summary, empty when the page has none
     */
    record Text(String bodyHtml, String summary, String lang, String summaryLang, String bodyLang) {
    }

    /** An organisation's page: the places it runs, those it works in and its events. */
    record OrganizationPage(OrganizationView organization, List<PlaceCard> runs, List<PlaceCard> partners,
                            List<EventCard> events) implements PageData {
    }

    /** The accessibility statement ({@code pages/accessibility.ftlh}). */
    record AccessibilityPage(AccessibilityView.Statement statement) implements PageData {
    }

    /** The open data page: the licence (or null), the datasets and the index of the API. */
    record OpenDataPage(String licence, List<OpenDataView> datasets, String index) implements PageData {
    }

    /**
     * The search page: its list for those without JavaScript, by kind; the index the script
     * loads; the ways to a page that need no script.
     */
    record SearchPage(List<SearchGroup> groups, String index, Link allNews, List<Link> ways) implements PageData {
    }

    /**
     * A kind of entry on the search page; {@code list} the list of them all when they are too
     * many to list here (then {@code entries} is empty), else null.
     */
    record SearchGroup(String heading, String id, List<SearchIndex.Document> entries, Link list) {
    }

    /** The page not found ({@code pages/404.ftlh}). */
    record NotFoundPage() implements PageData {
    }

    /** A page at an old address that sends the visitor on to {@code target}, the page of {@code name}. */
    record RedirectPage(String target, String targetAbsolute, String name) implements PageData {
    }

    /**
     * The links between the pages of a long list ({@code partials/pagination.ftlh}).
     *
     * @param page     this page, from 1
     * @param previous the previous page's path, or null on the first
     * @param next     the next page's path, or null on the last
     * @param pages    the first, the last and the pages around this one; a gap is a link without a URL
     */
    record Pager(int page, int pageCount, String previous, String next, List<Link> pages) {
    }

}
