package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accessibility statement at {@code /tillganglighet/}, generated from {@code site.yaml}, has
 * what the Swedish law on accessibility to digital public service (DOS-lagen) and Digg's
 * regulations ask of it, in both languages, and every page links to it.
 */
class AccessibilityStatementTest {

    /** Digg's page for reporting a lack of accessibility, as Digg asks statements to link it. */
    static final String DIGG = "https://www.digg.se/tdosanmalan";

    @TempDir
    static Path work;

    private static BuiltSite complete;
    private static BuiltSite example;

    @BeforeAll
    static void build() {
        complete = BuiltSite.complete(work);
        example = BuiltSite.example(work);
    }

    @Test
    void theStatementNamesThePublisherTheSiteAndHowWellItComplies() {
        Document sv = Pages.read(complete, "/kvarter/tillganglighet/");
        String lead = sv.selectFirst("main .lead").text();
        assertAll(
                () -> assertEquals("Tillgänglighetsredogörelse", sv.selectFirst("h1").text()),
                () -> assertTrue(lead.contains("Testutgivaren") && lead.contains("Alla sidtyper"), lead),
                // known issues and no compliance given: partially compliant, in the law's words
                () -> assertTrue(section(sv, "Hur tillgänglig är webbplatsen?").text().contains("delvis förenlig"),
                        section(sv, "Hur tillgänglig är webbplatsen?").text()),
                // no known issues and no compliance given: still partial, as checks that find nothing do not show full compliance
                () -> assertTrue(Pages.read(example, "/tillganglighet/").select("main p").text().contains("är delvis förenlig"),
                        "the example site states no compliance"));
    }

    @Test
    void theStatementSaysWhatIsNotYetKnown() {
        Element unknown = section(Pages.read(complete, "/kvarter/tillganglighet/"), "Det vi ännu inte vet");
        Element english = section(Pages.read(complete, "/kvarter/en/tillganglighet/"), "What we do not know yet");
        assertAll(
                () -> assertTrue(unknown.text().contains("skärmläsare"), unknown.text()),
                () -> assertTrue(english.text().contains("screen reader"), english.text()));
    }

    @Test
    void theStatementListsTheKnownIssues() {
        Document sv = Pages.read(complete, "/kvarter/tillganglighet/");
        assertEquals(List.of("Kartlänkar leder till OpenStreetMap, som inte är helt tillgänglig."),
                section(sv, "Innehåll som inte är tillgängligt").select("li").eachText());
    }

    @Test
    void theStatementSaysHowToReportABarrier() {
        Element report = section(Pages.read(complete, "/kvarter/tillganglighet/"), "Rapportera brister");
        assertNotNull(report.selectFirst("a[href=mailto:tillganglighet@example.se]"), report.outerHtml());
    }

    @Test
    void theStatementNamesDiggAndLinksToItsReportingPage() {
        for (String page : List.of("/kvarter/tillganglighet/", "/kvarter/en/tillganglighet/", "/kvarter/ar/tillganglighet/")) {
            Document html = Pages.read(complete, page);
            Element digg = html.selectFirst("main a[href=" + DIGG + "]");
            assertNotNull(digg, page + " links to " + DIGG);
            assertTrue(html.selectFirst("main").text().contains("(Digg)"), page + " names the supervisory authority");
        }
    }

    @Test
    void theStatementGivesTheDatesOfAssessmentAndLastUpdateAndTheMethod() {
        Document sv = Pages.read(complete, "/kvarter/tillganglighet/");
        Element method = section(sv, "Hur vi har testat webbplatsen");
        assertAll(
                () -> assertNotNull(method.selectFirst("time[datetime=2026-11-01]"), "assessed on"),
                () -> assertNotNull(method.selectFirst("time[datetime=2026-11-20]"), "updated on"),
                () -> assertTrue(method.text().contains("självskattning"), method.text()),
                // without updatedOn, the statement was last updated when the site was assessed
                () -> assertEquals(2, section(Pages.read(example, "/tillganglighet/"), "Hur vi har testat webbplatsen")
                        .select("time[datetime=2026-11-01]").size()));
    }

    @Test
    void everyPageLinksToTheStatementInItsLanguage() {
        List<String> missing = new ArrayList<>();
        for (BuiltSite site : List.of(complete, example)) {
            for (String page : site.pages()) {
                if (site.isRedirect(page)) {
                    continue;
                }
                String statement = site.home(page) + "tillganglighet/";
                if (Pages.read(site, page).selectFirst("footer a[href=" + statement + "]") == null) {
                    missing.add(site + " " + page);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The h2 with this text and what follows it up to the next h2, in a wrapper. */
    private static Element section(Document html, String heading) {
        Element h2 = html.select("main h2").stream().filter(h -> h.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no section \"" + heading + "\""));
        Element wrapper = new Element("section");
        for (Element next = h2.nextElementSibling(); next != null && !next.tagName().equals("h2"); next = next.nextElementSibling()) {
            wrapper.appendChild(next.clone());
        }
        return wrapper;
    }
}
