package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The printable posters print as posters, in a real browser: with the print media emulated the
 * site's header, breadcrumbs and footer are gone and the name, hours and QR codes are there; and
 * printed to PDF with the page size the stylesheet asks for, every poster of both sites is one
 * A4 sheet. Other pages keep the browser's own paper size: the poster's @page rule is its own.
 */
class PosterPrintTest {

    /** A4 in PDF points (1/72 inch): 210 × 297 mm. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    /** Chromium writes the size rounded to its own units; a point either way is still A4. */
    private static final double TOLERANCE = 1.0;

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final Pattern MEDIA_BOX = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*]");

    /** What a printed poster hides and shows, by the computed style of its parts. */
    private static final String PRINTED = """
            const shown = e => e !== null && getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().height > 0;
            const hidden = s => [...document.querySelectorAll(s)].every(e => !shown(e));
            const problems = [];
            for (const s of ['.site-header', '.breadcrumbs', '.site-footer', '.skip-link', '.poster-hint']) {
              if (!hidden(s)) { problems.push(s + ' is printed'); }
            }
            for (const s of ['main h1', 'main table.hours, main .poster-facts p', 'main svg.qr-code']) {
              if (!shown(document.querySelector(s))) { problems.push(s + ' is not printed'); }
            }
            return problems.join('; ');
            """;

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void aPrintedPosterShowsThePosterAndNothingOfTheSiteAroundIt() {
        List<String> problems = new ArrayList<>();
        try {
            forEachPoster((site, page, url) -> {
                SITES.browser().get(url);
                // emulated after the page has loaded, and confirmed by the page itself: the
                // styles are then those of print, whatever the browser does on navigation
                SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                assertEquals(Boolean.TRUE, SITES.browser().executeScript("return matchMedia('print').matches;"),
                        "print media is emulated on " + page);
                Object found = SITES.browser().executeScript(PRINTED);
                if (!"".equals(found)) {
                    problems.add(site + " " + page + ": " + found);
                }
            });
        } finally {
            SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void everyPosterPrintsOnOneA4Sheet() {
        List<String> problems = new ArrayList<>();
        forEachPoster((site, page, url) -> {
            SITES.browser().get(url);
            String pdf = printToPdf();
            List<double[]> sizes = pageSizes(pdf);
            if (sizes.size() != 1) {
                problems.add(site + " " + page + ": " + sizes.size() + " pages");
            } else if (!isA4(sizes.get(0))) {
                problems.add(site + " " + page + ": " + sizes.get(0)[0] + " × " + sizes.get(0)[1] + " pt, not A4");
            }
        });
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void otherPagesKeepTheBrowsersPaperSize() {
        BuiltSite example = SITES.servers().keySet().iterator().next();
        SITES.browser().get(SITES.servers().get(example).url("/platser/kallaren/"));
        List<double[]> sizes = pageSizes(printToPdf());
        assertTrue(sizes.stream().noneMatch(PosterPrintTest::isA4),
                "the place page printed on the browser's default paper (Letter in headless Chromium), not the poster's A4");
    }

    private interface PosterCheck {
        void check(BuiltSite site, String page, String url);
    }

    private static void forEachPoster(PosterCheck check) {
        int posters = 0;
        for (Map.Entry<BuiltSite, SiteServer> entry : SITES.servers().entrySet()) {
            for (String page : entry.getKey().pages()) {
                if (page.endsWith("/affisch/")) {
                    check.check(entry.getKey(), page, entry.getValue().url(page));
                    posters++;
                }
            }
        }
        assertTrue(posters > 10, "the posters of both sites in both languages: " + posters);
    }

    /** The page as the browser prints it, at the page size its stylesheet asks for. */
    private static String printToPdf() {
        Map<String, Object> result = SITES.browser().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        return new String(Base64.getDecoder().decode((String) result.get("data")), StandardCharsets.ISO_8859_1);
    }

    /** Width and height of each page of a PDF, from the page objects Chromium writes uncompressed. */
    private static List<double[]> pageSizes(String pdf) {
        List<double[]> sizes = new ArrayList<>();
        Matcher page = PAGE.matcher(pdf);
        while (page.find()) {
            Matcher box = MEDIA_BOX.matcher(pdf);
            if (box.find(page.end())) {
                sizes.add(new double[] {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))});
            }
        }
        return sizes;
    }

    private static boolean isA4(double[] size) {
        return Math.abs(size[0] - A4_WIDTH) <= TOLERANCE && Math.abs(size[1] - A4_HEIGHT) <= TOLERANCE;
    }
}
