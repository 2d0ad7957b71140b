package se.kvarter.render;

import java.util.List;
import java.util.Set;

/**
 * What the base layout of every page needs, in parts: the page's language and title, what the
 * document's head says, the site's identity, the navigation, and the clock of the scripts.
 *
 * @param title         the page's own title (its h1), or the site title on the start page
 * @param titleLang     the language of the title when the page is not translated yet, else null
 * @param notTranslated the notice on a page not translated yet, else null
 * @param assets        the folder of the stylesheet and scripts; scripts only enhance pages (open now, filters, search)
 * @param clock         the span of time the "open now" script's data covers, and the day it was made
 */
public record Layout(String lang, String dir, String title, String titleLang, String notTranslated, String assets,
                     Head head, Site site, Navigation navigation, Clock clock) {

    /**
     * What the document's head says besides the title.
     *
     * @param documentTitle         the title of the browser's tab: the page's and the site's
     * @param jsonLd                schema.org JSON-LD, already escaped for a script element, or null
     * @param feeds                 the news feeds, for feed readers to discover (URL and media type)
     * @param contentSecurityPolicy what the browser may load and run on the page; see {@link #policyFor(boolean)}
     */
    public record Head(String documentTitle, String description, String canonical, String jsonLd, List<Link> feeds,
                       String stylesheet, String contentSecurityPolicy) {
    }

    /**
     * The site's identity in the header and footer.
     *
     * @param title     the site's title
     * @param lang      the language of the site's title (the default language) on pages of a language site.yaml gives no title in, else null
     * @param logo      the site's logo for the header, its text the site's title; null when site.yaml names none
     * @param home      the start page
     * @param publisher the name of the site's publisher, or null
     * @param search    the search page, where the search box of every page leads
     */
    public record Site(String title, String lang, ImageView logo, String home, String publisher, String search) {
    }

    /**
     * @param menu      the main menu, with the current section marked
     * @param languages the same page in the site's other languages (for the switch and hreflang)
     * @param footer    the links of the footer
     */
    public record Navigation(List<MenuItem> menu, List<Link> breadcrumbs, List<Alternate> languages, List<Link> footer) {
    }

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv");

    /**
     * The Content-Security-Policy of every page: only the site's own scripts, styles and frames,
     * its own images (and data: URLs). On a site whose content is trusted HTML ({@code trustedHtml:
     * true}), the authors' own HTML may also embed what such HTML is for, an https map or video in
     * a frame, https images and media, and style attributes; scripts stay the site's own, so a
     * {@code <script>} in content still does not run (scripts belong in the templates' assets).
     */
    public static String policyFor(boolean trustedHtml) {
        return trustedHtml
                ? "default-src 'self'; img-src 'self' data: https:; media-src 'self' https:; frame-src https:;"
                        + " style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none';"
                        + " form-action 'self'"
                : "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";
    }

    /** The writing direction of a language, for a {@code dir} attribute: {@code rtl} or {@code ltr}. */
    public static String direction(String language) {
        return RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
    }

    /**
     * The {@code dir} of text in {@code language} when it runs the other way than the page (Swedish
     * on an Arabic page), else empty. Without it, bidi rules would lay the text out right to left:
     * a Swedish sentence would show its full stop and a closing bracket at its start.
     */
    public String dirOf(String language) {
        String other = direction(language);
        return other.equals(dir) ? "" : other;
    }

    /**
     * What the "open now" script knows of time: its data covers {@code from} until before
     * {@code until} (minutes since 1970, UTC); outside it the script says when the page was made
     * ({@code built}, in words) instead of guessing; it tells times in the site's time {@code zone}.
     */
    public record Clock(long from, long until, String built, String zone) {
    }

    /**
     * A main-menu entry; {@code current} marks the section the page belongs to, {@code lang} the
     * language of a content page's title that is not translated yet (else null).
     */
    public record MenuItem(String url, String text, boolean current, String lang) {

        MenuItem(String url, String text, boolean current) {
            this(url, text, current, null);
        }
    }

    /** The page in another language: its code, its name in that language, its URL. */
    public record Alternate(String lang, String name, String url, String absolute) {
    }
}
