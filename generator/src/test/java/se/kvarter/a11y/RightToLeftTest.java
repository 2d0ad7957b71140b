package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The Arabic edition of the fixture site with every page kind, in Chromium: it is right to left
 * and its layout mirrors (text starts at the right edge, the skip link, breadcrumbs, menu and
 * table columns start on the right, the notice's bar is on the right), at 1280 and at 320 CSS
 * pixels without scrolling sideways. Swedish text shown where a page is not translated runs left
 * to right. Digits are 0–9 throughout (see DateText).
 */
class RightToLeftTest {

    /** Where things are on the page, in CSS pixels from the viewport's left edge. */
    private static final String GEOMETRY = """
            const box = e => e.getBoundingClientRect();
            const text = e => { const r = document.createRange(); r.selectNodeContents(e); return r.getBoundingClientRect(); };
            const main = document.querySelector('main');
            const style = getComputedStyle(main);
            const skip = document.querySelector('.skip-link');
            skip.focus();
            const skipBox = box(skip);
            skip.blur();
            const crumbs = [...document.querySelectorAll('.breadcrumbs li')].map(box);
            const menu = [...document.querySelectorAll('.menu li')].map(box);
            const cells = [...document.querySelectorAll('table.hours tbody tr:first-child > *')].map(box);
            const h1 = document.querySelector('main h1');
            return {
              dir: document.documentElement.dir, lang: document.documentElement.lang,
              direction: getComputedStyle(document.body).direction,
              viewport: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,
              contentLeft: box(main).left + parseFloat(style.paddingLeft),
              contentRight: box(main).right - parseFloat(style.paddingRight),
              h1Left: text(h1).left, h1Right: text(h1).right,
              skipLeft: skipBox.left, skipRight: skipBox.right,
              crumbs: crumbs.map(b => b.left), menu: menu.map(b => b.left), cells: cells.map(b => b.left),
              separator: getComputedStyle(document.querySelectorAll('.breadcrumbs li')[1], '::before').content
            };
            """;

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static BuiltSite complete;
    private static SiteServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() {
        complete = SITES.complete();
        server = SITES.server(complete);
        browser = SITES.browser();
    }

    @ParameterizedTest(name = "{0} CSS pixels wide")
    @ValueSource(ints = {1280, 320})
    void theTranslatedArabicPlacePageIsRightToLeftAndMirrored(int width) {
        Map<String, Object> at = geometry("/kvarter/ar/platser/hubben/", width);
        double right = number(at, "contentRight");
        assertAll(
                () -> assertEquals("rtl", at.get("dir")),
                () -> assertEquals("ar", at.get("lang")),
                () -> assertEquals("rtl", at.get("direction")),
                () -> assertTrue(number(at, "scrollWidth") <= number(at, "viewport"), "scrolls sideways: " + at),
                () -> assertEquals(right, number(at, "h1Right"), 1.0, "the title ends at the right edge"),
                () -> assertTrue(number(at, "h1Left") > number(at, "contentLeft") + 20, "the title is short: " + at),
                () -> assertEquals(number(at, "viewport") - 16, number(at, "skipRight"), 1.0, "the skip link, 1rem from the right"),
                () -> assertDescending(at, "crumbs"),
                () -> assertDescending(at, "menu"),
                () -> assertDescending(at, "cells"),
                () -> assertTrue(String.valueOf(at.get("separator")).contains("‹"), "the breadcrumb mark points left"));
    }

    @Test
    void theNoticeOfAnUntranslatedPageHasItsBarOnTheRightAndTheSwedishTextRunsLeftToRight() {
        open("/kvarter/ar/evenemang/verkstad/", 1280);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.executeScript("""
                const notice = getComputedStyle(document.querySelector('main .notice'));
                const h1 = document.querySelector('main h1');
                const text = document.createRange();
                text.selectNodeContents(h1);
                const main = document.querySelector('main');
                // the Swedish title stands on the Arabic page's side: its text ends at the content's right edge
                const gap = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight)
                  - text.getBoundingClientRect().right;
                return {right: notice.borderRightWidth, left: notice.borderLeftWidth,
                  h1: getComputedStyle(h1).direction, h1Lang: h1.lang, h1OnTheRight: Math.abs(gap) < 1};
                """);
        assertEquals(Map.of("right", "6px", "left", "0px", "h1", "ltr", "h1Lang", "sv", "h1OnTheRight", true), at);
    }

    @Test
    void noArabicPageWritesArabicIndicDigits() {
        List<String> pages = complete.pages().stream().filter(p -> p.startsWith("/kvarter/ar/")).toList();
        assertTrue(pages.size() > 20, "the Arabic edition has every page kind: " + pages);
        for (String page : pages) {
            Document document = Pages.read(complete, page);
            assertTrue(document.text().chars().noneMatch(c -> (c >= '٠' && c <= '٩') || (c >= '۰' && c <= '۹')), page);
        }
        Document place = Pages.read(complete, "/kvarter/ar/platser/hubben/");
        Element monday = place.select("table.hours tbody tr").get(6);
        assertEquals("الاثنين، 30 نوفمبر", monday.selectFirst("th").text());
        assertEquals("13:00–17:00", monday.selectFirst("td").text());
    }

    private static Map<String, Object> geometry(String page, int width) {
        open(page, width);
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) browser.executeScript(GEOMETRY);
        return at;
    }

    private static void open(String page, int width) {
        Chromium.emulate(browser, width, "light");
        browser.get(server.url(page));
    }

    /** The items start on the right: each one's left edge is left of the one before it. */
    private static void assertDescending(Map<String, Object> at, String key) {
        @SuppressWarnings("unchecked")
        List<Number> lefts = (List<Number>) at.get(key);
        assertTrue(lefts.size() >= 2, key + ": " + lefts);
        // at 320 px the items wrap to new lines, each of which starts at the right again
        assertTrue(lefts.get(1).doubleValue() < lefts.get(0).doubleValue(), key + " start on the right: " + lefts);
    }

    private static double number(Map<String, Object> at, String key) {
        return ((Number) at.get(key)).doubleValue();
    }
}
