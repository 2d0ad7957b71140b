package se.kvarter.render;

import java.util.List;

/**
 * What the base layout of every page needs: language, titles, navigation, alternates and
 * structured data.
 *
 * @param title      the page's own title (its h1), or the site title on the start page
 * @param menu       the main menu, with the current section marked
 * @param languages  the same page in the site's other languages (for the switch and hreflang)
 * @param jsonLd     schema.org JSON-LD, already escaped for a script element, or null
 * @param feeds      the news feeds, for feed readers to discover (URL and media type)
 * @param search     the search page, where the search box of every page leads
 * @param assets     the folder of the stylesheet and scripts; scripts only enhance pages (open now, filters, search)
 * @param timezone   the site's time zone, in which the script tells times
 */
public record Layout(String lang, String dir, String title, String documentTitle, String siteTitle,
                     String description, String canonical, String home, String stylesheet, List<MenuItem> menu,
                     List<Link> breadcrumbs, List<Alternate> languages, String jsonLd, List<Link> footer,
                     String publisher, String notTranslated, List<Link> feeds, String search, String assets,
                     String timezone) {

    /** A main-menu entry; {@code current} marks the section the page belongs to. */
    public record MenuItem(String url, String text, boolean current) {
    }

    /** The page in another language: its code, its name in that language, its URL. */
    public record Alternate(String lang, String name, String url, String absolute) {
    }
}
