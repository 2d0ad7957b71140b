package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The structure that assistive technology relies on, on every page of both sites: the language
 * of the page, one h1 and headings that go down one level at a time, the landmarks (banner,
 * navigation, main, content info), a skip link first that leads to main, and tables with a
 * caption and header cells.
 */
class PageStructureTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static List<BuiltSite> sites;

    @BeforeAll
    static void sites() {
        sites = List.copyOf(SITES.servers().keySet());
    }

    @Test
    void everyPageSaysItsLanguage() {
        assertEveryPage((site, page, html) -> {
            String lang = html.selectFirst("html").attr("lang");
            String expected = site.language(page);
            return lang.equals(expected) ? null : "html lang=\"" + lang + "\", expected " + expected;
        });
    }

    @Test
    void everyPageHasOneH1FirstAndNoSkippedHeadingLevel() {
        assertEveryPage((site, page, html) -> {
            Elements headings = html.select("h1, h2, h3, h4, h5, h6");
            if (html.select("h1").size() != 1) {
                return html.select("h1").size() + " h1 elements";
            }
            if (!headings.get(0).tagName().equals("h1")) {
                return "the first heading is " + headings.get(0).tagName();
            }
            int previous = 1;
            for (Element heading : headings) {
                int level = heading.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    return "h" + previous + " is followed by " + heading.tagName() + " \"" + heading.text() + "\"";
                }
                previous = level;
            }
            return null;
        });
    }

    @Test
    void everyPageHasItsLandmarksAndASkipLinkToMain() {
        assertEveryPage((site, page, html) -> {
            if (site.isRedirect(page)) {
                return html.select("main").size() == 1 ? null : "a redirect page without main";
            }
            List<String> problems = new ArrayList<>();
            if (html.select("body > header").size() != 1 || html.select("body > footer").size() != 1
                    || html.select("main").size() != 1) {
                problems.add("not one header, main and footer");
            }
            for (Element nav : html.select("nav")) {
                if (!nav.hasAttr("aria-label") && !nav.hasAttr("aria-labelledby")) {
                    problems.add("a nav without a name");
                }
            }
            Element first = html.selectFirst("body a[href], body button");
            Element main = html.selectFirst("main");
            if (first == null || !first.hasClass("skip-link") || main == null || !first.attr("href").equals("#" + main.id())) {
                problems.add("the first link is not a skip link to main");
            }
            return problems.isEmpty() ? null : String.join(", ", problems);
        });
    }

    @Test
    void everyTableHasACaptionOrNameAndHeaderCells() {
        assertEveryPage((site, page, html) -> {
            for (Element table : html.select("main table")) {
                boolean named = table.selectFirst("caption") != null || table.hasAttr("aria-label")
                        || table.hasAttr("aria-labelledby") || table.closest(".prose") != null;
                if (!named || table.select("th").isEmpty()) {
                    return "a table without " + (named ? "header cells" : "a caption");
                }
            }
            return null;
        });
    }

    /** A check of one page: null when it is fine, else what is wrong. */
    private interface Check {
        String problem(BuiltSite site, String page, Document html);
    }

    private static void assertEveryPage(Check check) {
        List<String> problems = new ArrayList<>();
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                String problem = check.problem(site, page, Pages.read(site, page));
                if (problem != null) {
                    problems.add(site + " " + page + ": " + problem);
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }
}
