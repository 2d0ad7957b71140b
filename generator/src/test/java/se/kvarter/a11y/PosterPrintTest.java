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
 * A4 sheet, the two-language ones ({@code affisch/ar/}) too. On the Swedish and Arabic sheet the
 * halves are side by side, the Arabic one right to left with "415 16 Göteborg" still in its
 * order. Other pages keep the browser's own paper size: the poster's @page rule is its own.
 */
class PosterPrintTest {

    /** A4 in PDF points (1/72 inch): 210 × 297 mm. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    /** Chromium writes the size rounded to its own units; a point either way is still A4. */
    private static final double TOLERANCE = 1.0;

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    /** A poster's page: {@code affisch/}, or with a second language {@code affisch/ar/}. */
    private static final Pattern POSTER = Pattern.compile(".*/affisch/([a-z]{2,3}/)?");
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

    /** What the pass over the posters found: on screen in print media, and printed to PDF. */
    private record Printed(List<String> shown, List<String> sheets) {
    }

    /**
     * Every poster of both sites, each opened once: with the print media emulated and confirmed
     * by the page itself (the styles are then those of print, whatever the browser does on
     * navigation), what it hides and shows, then the same page printed to PDF.
     */
    private static Printed printed() {
        return SITES.shared(Printed.class, () -> {
            List<String> shown = new ArrayList<>();
            List<String> sheets = new ArrayList<>();
            try {
                forEachPoster((site, page, url) -> {
                    SITES.browser().get(url);
                    SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
                    assertEquals(Boolean.TRUE, SITES.browser().executeScript("return matchMedia('print').matches;"),
                            "print media is emulated on " + page);
                    Object found = SITES.browser().executeScript(PRINTED);
                    if (!"".equals(found)) {
                        shown.add(site + " " + page + ": " + found);
                    }
                    List<double[]> sizes = pageSizes(printToPdf());
                    if (sizes.size() != 1) {
                        sheets.add(site + " " + page + ": " + sizes.size() + " pages");
                    } else if (!isA4(sizes.get(0))) {
                        sheets.add(site + " " + page + ": " + sizes.get(0)[0] + " × " + sizes.get(0)[1] + " pt, not A4");
                    }
                });
            } finally {
                SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
            return new Printed(List.copyOf(shown), List.copyOf(sheets));
        });
    }

    @Test
    void aPrintedPosterShowsThePosterAndNothingOfTheSiteAroundIt() {
        assertEquals("", String.join("\n", printed().shown()));
    }

    @Test
    void everyPosterPrintsOnOneA4Sheet() {
        assertEquals("", String.join("\n", printed().sheets()));
    }

    /**
     * Where the printed Arabic half puts "415 16" and "Göteborg" of its address, and for contrast
     * where the same text lands without the isolating element around it: the check would see a
     * poster that lost its bdi.
     */
    private static final String ARABIC_HALF = """
            const halves = [...document.querySelectorAll('.poster-half')];
            const arabic = halves.find(h => h.lang === 'ar');
            if (halves.length !== 2 || !arabic) { return {problem: 'not two halves, one Arabic'}; }
            const bdi = [...arabic.querySelectorAll('.address bdi')].find(e => e.textContent === '415 16 Göteborg');
            if (!bdi) { return {problem: 'no "415 16 Göteborg" in the Arabic half'}; }
            const places = node => {
              const at = (from, to) => { const r = document.createRange(); r.setStart(node, from); r.setEnd(node, to); return r.getBoundingClientRect(); };
              const number = at(0, 6), town = at(7, 15);
              return {numberLeft: number.left, numberRight: number.right, townLeft: town.left, sameLine: Math.abs(number.top - town.top) < 2};
            };
            const bare = document.createElement('span');
            bare.textContent = '415 16 Göteborg';
            const line = document.createElement('p');
            line.append('عنوان ', bare);
            arabic.append(line);
            const without = places(bare.firstChild);
            line.remove();
            const first = halves[0].getBoundingClientRect(), second = arabic.getBoundingClientRect();
            return {problem: '', direction: getComputedStyle(arabic).direction, sideBySide: Math.abs(first.top - second.top) < 2
                && (second.left >= first.right - 1 || second.right <= first.left + 1),
                with: places(bdi.firstChild), without: without};
            """;

    @Test
    @SuppressWarnings("unchecked")
    void theSwedishAndArabicPosterPrintsSideBySideWithTheAddressInOrder() {
        BuiltSite example = SITES.servers().keySet().iterator().next();
        String page = "/platser/framtidshubben-bergsjon/affisch/ar/";
        assertTrue(example.pages().contains(page), "the example site prints its posters with Arabic beside Swedish");
        try {
            SITES.browser().get(SITES.servers().get(example).url(page));
            SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            Map<String, Object> found = (Map<String, Object>) SITES.browser().executeScript(ARABIC_HALF);
            assertEquals("", found.get("problem"));
            assertEquals("rtl", found.get("direction"));
            assertEquals(Boolean.TRUE, found.get("sideBySide"), "the halves side by side on the sheet: " + found);
            Map<String, Object> with = (Map<String, Object>) found.get("with");
            assertEquals(Boolean.TRUE, with.get("sameLine"), found.toString());
            assertTrue(number(with, "numberRight") <= number(with, "townLeft") + 0.5,
                    "\"415 16\" left of \"Göteborg\", as written: " + found);
            // the same text without its bdi comes out the other way round on the Arabic half
            Map<String, Object> without = (Map<String, Object>) found.get("without");
            assertTrue(number(without, "numberLeft") > number(without, "townLeft"), "without bdi: " + found);
        } finally {
            SITES.browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        List<double[]> sizes = pageSizes(printToPdf());
        assertEquals(1, sizes.size(), "pages of the Swedish and Arabic poster");
        assertTrue(isA4(sizes.get(0)), "A4");
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
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
                if (POSTER.matcher(page).matches()) {
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
