package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Language of parts (WCAG 3.1.2): where an English or Arabic page shows text that has not been
 * translated yet, that text says it is Swedish ({@code lang="sv"}), so that a screen reader
 * pronounces it right, and on Arabic pages that it runs left to right ({@code dir="ltr"});
 * translated text does not. The language switch names each language in itself.
 */
class LanguageOfPartsTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static final String STAFF_MEETING = "Kortare tid på grund av personalmöte";

    private static BuiltSite complete;

    @BeforeAll
    static void build() {
        complete = SITES.complete();
    }

    @Test
    void anUntranslatedPageMarksItsSwedishText() {
        Document event = Pages.read(complete, "/kvarter/en/evenemang/verkstad/");
        assertAll(
                () -> assertEquals("en", event.selectFirst("html").attr("lang")),
                () -> assertEquals("sv", event.selectFirst("h1").attr("lang")),
                () -> assertEquals("sv", event.selectFirst("main .lead").attr("lang")),
                () -> assertEquals("sv", event.selectFirst("main .prose").attr("lang")),
                () -> assertEquals("", event.selectFirst("main .notice").attr("lang"), "the notice is in English"));
    }

    @Test
    void aTranslatedPageMarksOnlyTheUntranslatedCardsOnIt() {
        Document place = Pages.read(complete, "/kvarter/en/platser/hubben/");
        assertAll(
                () -> assertEquals("", place.selectFirst("h1").attr("lang")),
                () -> assertEquals("", place.selectFirst("main .lead").attr("lang")),
                () -> assertEquals("", place.selectFirst("main .prose").attr("lang")),
                // the reasons of the hub's changed days (in the week table and the list of changes),
                // the workshop and the news about the hub (listed by title) are not translated
                () -> assertEquals(List.of(STAFF_MEETING, STAFF_MEETING, "Juluppehåll", "Verkstad", "Hubben öppnar"),
                        place.select("main [lang=sv]").eachText()));
    }

    @Test
    void anUntranslatedArabicPageMarksItsSwedishTextAsSwedishAndLeftToRight() {
        Document event = Pages.read(complete, "/kvarter/ar/evenemang/verkstad/");
        assertAll(
                () -> assertEquals("ar", event.selectFirst("html").attr("lang")),
                () -> assertEquals("rtl", event.selectFirst("html").attr("dir")),
                () -> assertSwedishLeftToRight(event, "main h1"),
                () -> assertSwedishLeftToRight(event, "main .lead"),
                () -> assertSwedishLeftToRight(event, "main .prose"),
                () -> assertSwedishLeftToRight(event, ".breadcrumbs [aria-current=page] span"),
                () -> assertSwedishLeftToRight(event, ".menu a[href=/kvarter/ar/om-oss/]"),
                () -> assertSwedishLeftToRight(event, ".site-title"),
                () -> assertEquals("", event.selectFirst("main .notice").attr("lang"), "the notice is in Arabic"));
    }

    @Test
    void aTranslatedArabicPageMarksNothingButTheUntranslatedCards() {
        Document place = Pages.read(complete, "/kvarter/ar/platser/hubben/");
        assertAll(
                () -> assertEquals("", place.selectFirst("main h1").attr("lang")),
                () -> assertEquals("", place.selectFirst("main .prose").attr("dir")),
                () -> assertEquals(List.of(STAFF_MEETING, STAFF_MEETING, "Juluppehåll", "Verkstad", "Hubben öppnar"),
                        place.select("main [lang=sv][dir=ltr]").eachText()));
    }

    @Test
    void onEnglishPagesSwedishTextNeedsNoDirection() {
        Document event = Pages.read(complete, "/kvarter/en/evenemang/verkstad/");
        assertEquals("", event.selectFirst("main h1").attr("dir"));
        assertEquals("rtl", event.selectFirst("nav.languages a[lang=ar]").attr("dir"));
    }

    private static void assertSwedishLeftToRight(Document page, String selector) {
        assertEquals("sv", page.selectFirst(selector).attr("lang"), selector);
        assertEquals("ltr", page.selectFirst(selector).attr("dir"), selector);
    }

    @Test
    void cardsOfUntranslatedContentMarkTheirTitleAndSummary() {
        Document places = Pages.read(complete, "/kvarter/en/platser/");
        assertEquals("sv", places.selectFirst("main a[href=/kvarter/en/platser/gamla-lokalen/]").attr("lang"));
        assertEquals("", places.selectFirst("main a[href=/kvarter/en/platser/hubben/]").attr("lang"));
    }

    @Test
    void theLanguageSwitchNamesEachLanguageInItself() {
        Document page = Pages.read(complete, "/kvarter/en/platser/hubben/");
        assertNotNull(page.selectFirst("nav.languages a[lang=sv][hreflang=sv]:contains(Svenska)"));
        assertNotNull(page.selectFirst("nav.languages a[lang=en][hreflang=en]:contains(English)"));
        assertNotNull(page.selectFirst("nav.languages a[lang=ar][hreflang=ar]:contains(العربية)"));
    }

    @Test
    void anImageAltTextIsMarkedSwedishOnlyWhereTheTranslationLeftTheImageAsItWas() {
        // hubben.en.md has no image (the Swedish alt text stays); hubben.ar.md translates it
        Document english = Pages.read(complete, "/kvarter/en/platser/hubben/");
        Document arabic = Pages.read(complete, "/kvarter/ar/platser/hubben/");
        assertAll(
                () -> assertEquals("Entrén från torget", english.selectFirst("main img[src$=entre.png]").attr("alt")),
                () -> assertEquals("sv", english.selectFirst("main img[src$=entre.png]").attr("lang")),
                () -> assertEquals("المدخل من جهة الساحة", arabic.selectFirst("main img[src$=entre.png]").attr("alt")),
                () -> assertEquals("", arabic.selectFirst("main img[src$=entre.png]").attr("lang")),
                () -> assertEquals("", arabic.selectFirst("main img[src$=entre.png]").attr("dir")));
    }
}
