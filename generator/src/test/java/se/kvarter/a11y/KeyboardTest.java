package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * With the keyboard alone, on representative pages of the fixture site with every page kind (and
 * the example site's start page): Tab reaches every link and control in document order, each
 * one shows a focus indicator that differs from its look without focus and contrasts with the
 * page (3:1), and none is hidden by other content when focused; the skip link appears when it
 * has focus and moves focus to the main content.
 */
class KeyboardTest {

    /** What Tab should reach: everything focusable that is rendered, in document order. */
    private static final String FOCUSABLE = """
            return [...document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]')]
              .filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0
                && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert]'));
            """;

    /** The focus indicator of an element as computed now: its outline and box shadow. */
    private static final String INDICATOR = """
            const indicator = e => {
              const s = getComputedStyle(e);
              const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                ? s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor : '';
              return outline + '|' + (s.boxShadow === 'none' ? '' : s.boxShadow);
            };
            """;

    /**
     * Problems with the focused element: its indicator's contrast with the background behind it,
     * and whether it is in the viewport and not covered by other content.
     */
    private static final String FOCUS_PROBLEMS = """
            const focusProblems = e => {
              const s = getComputedStyle(e);
              const problems = [];
              const rgb = c => (c.match(/[0-9.]+/g) || []).map(Number);
              const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
              let bg = null;
              for (let n = e.parentElement; n && !bg; n = n.parentElement) {
                const c = rgb(getComputedStyle(n).backgroundColor);
                if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c.slice(0, 3); }
              }
              bg = bg || [255, 255, 255];
              if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
                const ratio = contrast(rgb(s.outlineColor).slice(0, 3), bg);
                if (ratio < 3) { problems.push('outline contrast ' + ratio.toFixed(2) + ':1 with the background'); }
              }
              const r = e.getBoundingClientRect();
              if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) {
                problems.push('not in the viewport when focused');
              } else {
                const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
                const y = Math.min(Math.max(r.top + Math.min(r.height, 20) / 2, 0), innerHeight - 1);
                const top = document.elementFromPoint(x, y);
                if (top && top !== e && !e.contains(top)) { problems.push('covered by ' + top.tagName.toLowerCase()); }
              }
              return problems.join(', ');
            };
            """;

    /**
     * After a Tab, in one call: whether the focused element is the one expected (argument 0), the
     * focused element, its indicator and its problems.
     */
    private static final String AFTER_TAB = INDICATOR + FOCUS_PROBLEMS + """
            const e = document.activeElement;
            return [e === arguments[0], e, indicator(e), focusProblems(e)];
            """;

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static SiteServer completeServer;
    private static SiteServer exampleServer;
    private static ChromeDriver browser;

    @BeforeAll
    static void serveAndStart() {
        completeServer = SITES.server(SITES.complete());
        exampleServer = SITES.server(SITES.example());
        browser = SITES.browser();
    }

    /** Start page, places list, a place, an event, news with pagination, an article, the statement; Arabic pages. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/kvarter/", "/kvarter/platser/", "/kvarter/platser/hubben/", "/kvarter/evenemang/verkstad/",
            "/kvarter/nyheter/", "/kvarter/nyheter/sida/2/", "/kvarter/nyheter/hubben-oppnar/",
            "/kvarter/tillganglighet/", "/kvarter/ar/platser/hubben/", "/kvarter/ar/evenemang/verkstad/", "example:/"})
    void tabReachesEveryLinkAndControlInOrderWithAVisibleFocus(String page) {
        open(page, 1280);
        assertTabOrderAndFocus(page);
    }

    @ParameterizedTest(name = "{0} at 320 px")
    @ValueSource(strings = {"/kvarter/", "/kvarter/platser/hubben/", "/kvarter/ar/platser/hubben/"})
    void tabReachesEveryLinkAndControlWithAVisibleFocusAt320Pixels(String page) {
        open(page, 320);
        assertTabOrderAndFocus(page);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/kvarter/", "/kvarter/platser/hubben/", "/kvarter/nyheter/", "/kvarter/ar/platser/hubben/", "example:/"})
    void theSkipLinkAppearsOnFocusAndMovesFocusToTheMainContent(String page) {
        open(page, 1280);
        WebElement skip = browser.findElement(By.cssSelector("a.skip-link"));
        assertTrue(top(skip) < 0, "the skip link is out of sight before it has focus");
        tab();
        assertEquals(skip, browser.switchTo().activeElement(), "the first Tab reaches the skip link");
        assertTrue(top(skip) >= 0, "the skip link is in sight when it has focus");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("main", focused.getTagName(), "Enter on the skip link moves focus to main");
        List<WebElement> inMain = browser.findElements(By.cssSelector("main a[href]"));
        tab();
        assertEquals(inMain.get(0), browser.switchTo().activeElement(), "the next Tab goes on inside main");
    }

    private static void open(String page, int width) {
        Chromium.emulate(browser, width, "light");
        boolean onExample = page.startsWith("example:");
        String path = onExample ? page.substring("example:".length()) : page;
        browser.get((onExample ? exampleServer : completeServer).url(path));
        browser.executeScript("window.scrollTo(0, 0); if (document.activeElement) { document.activeElement.blur(); }");
    }

    private static void assertTabOrderAndFocus(String page) {
        @SuppressWarnings("unchecked")
        List<WebElement> expected = (List<WebElement>) browser.executeScript(FOCUSABLE);
        @SuppressWarnings("unchecked")
        List<String> unfocused = (List<String>) browser.executeScript(INDICATOR + "return arguments[0].map(indicator);", expected);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            tab();
            List<?> after = (List<?>) browser.executeScript(AFTER_TAB, expected.get(i));
            WebElement focused = (WebElement) after.get(1);
            if (!Boolean.TRUE.equals(after.get(0))) {
                problems.add("Tab " + (i + 1) + " reached " + describe(focused) + " instead of " + describe(expected.get(i)));
                break;
            }
            String indicator = (String) after.get(2);
            if (indicator.equals("|") || indicator.equals(unfocused.get(i))) {
                problems.add(describe(focused) + " shows no focus indicator (" + indicator + ")");
            }
            String other = (String) after.get(3);
            if (!other.isEmpty()) {
                problems.add(describe(focused) + ": " + other);
            }
        }
        assertTrue(expected.size() > 5, page + " has links to reach");
        assertEquals("", String.join("\n", problems), page + ", " + expected.size() + " links and controls");
    }

    private static void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    private static double top(WebElement element) {
        return ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().top;", element)).doubleValue();
    }

    private static String describe(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) browser.executeScript(
                "const e = arguments[0]; return {tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '',"
                        + " text: (e.textContent || '').trim().slice(0, 40)};", element);
        return "<" + info.get("tag") + " href=\"" + info.get("href") + "\">" + info.get("text");
    }
}
