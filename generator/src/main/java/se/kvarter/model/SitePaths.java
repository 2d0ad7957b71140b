package se.kvarter.model;

/**
 * The URL path of every page of the site, as outputs.md fixes them: root-relative paths that
 * start with the site's base path and, in an extra language's edition, the language
 * ({@code /en/platser/kallaren/}). Page paths end in {@code /}.
 *
 * @param basePath       the path of the site's base URL, such as {@code /} or {@code /repo/}
 * @param languagePrefix empty for the default language, else the language code and a slash
 */
public record SitePaths(String basePath, String languagePrefix) {

    public static SitePaths of(SiteSettings settings, String language) {
        return new SitePaths(settings.basePath(), language.equals(settings.language()) ? "" : language + "/");
    }

    public String home() {
        return basePath + languagePrefix;
    }

    public String places() {
        return home() + "platser/";
    }

    /** The places a wheelchair gets into: entrance without steps, with a ramp or with a lift. */
    public String stepFreePlaces() {
        return places() + "tillganglig-entre/";
    }

    /** The places open on the reference date. */
    public String placesOpenToday() {
        return places() + "oppet-idag/";
    }

    /** The places where staff speak the language {@code code} (ISO 639-1). */
    public String placesSpeaking(String code) {
        return places() + "sprak/" + code + "/";
    }

    /** The places for an audience ({@code families}, {@code youth} ...). */
    public String placesFor(String audience) {
        return places() + "malgrupp/" + audience + "/";
    }

    /** The search page, which without JavaScript lists every page to search in. */
    public String search() {
        return home() + "sok/";
    }

    /** The index the search page's script searches in. */
    public String searchIndex() {
        return search() + "index.json";
    }

    public String place(String id) {
        return places() + id + "/";
    }

    public String poster(String id) {
        return place(id) + "affisch/";
    }

    /** The poster of a place with a second language beside this edition's ({@code affisch/ar/}). */
    public String poster(String id, String besideLanguage) {
        return poster(id) + besideLanguage + "/";
    }

    public String area(String slug) {
        return home() + "omraden/" + slug + "/";
    }

    public String service(String id) {
        return home() + "tjanster/" + id + "/";
    }

    public String events() {
        return home() + "evenemang/";
    }

    public String event(String id) {
        return events() + id + "/";
    }

    /** The news list; page 1 is {@code nyheter/}, later pages {@code nyheter/sida/2/}. */
    public String news(int page) {
        return page <= 1 ? home() + "nyheter/" : home() + "nyheter/sida/" + page + "/";
    }

    public String article(String id) {
        return home() + "nyheter/" + id + "/";
    }

    public String organization(String id) {
        return home() + "organisationer/" + id + "/";
    }

    public String page(String id) {
        return home() + id + "/";
    }

    public String accessibility() {
        return home() + "tillganglighet/";
    }

    public String openData() {
        return home() + "oppna-data/";
    }

    /** An attachment or image from {@code files/}, the same in every language. */
    public String file(String path) {
        return basePath + path;
    }

    /** A file at a fixed place under the base URL (feeds, open data), the same in every language. */
    public String root(String path) {
        return basePath + path;
    }

    /** A place's opening hours as iCalendar, the same in every language. */
    public String placeCalendar(String id) {
        return basePath + "calendar/places/" + id + ".ics";
    }

    /** An event as iCalendar, the same in every language. */
    public String eventCalendar(String id) {
        return basePath + "calendar/events/" + id + ".ics";
    }

    /** A stylesheet or script of the templates, the same in every language. */
    public String asset(String name) {
        return basePath + "assets/" + name;
    }

    /** The output file of a page path: {@code platser/x/} becomes {@code platser/x/index.html}. */
    public String outputFile(String path) {
        String relative = path.startsWith(basePath) ? path.substring(basePath.length()) : path;
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
}
