package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.kvarter.TestSites;
import se.kvarter.render.UiText;

/**
 * A place's accessibility facts (entrance, steps, toilet, hearing loop, notes) are shown high on
 * its page, before the opening hours, in words, and every place card says how to get in.
 */
class AccessibilityFactsTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    private static List<BuiltSite> sites;

    @BeforeAll
    static void sites() {
        sites = List.copyOf(SITES.servers().keySet());
    }

    @Test
    void everyPlacePageShowsTheFactsInWordsBeforeTheHours() {
        List<String> problems = new ArrayList<>();
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                if (!page.matches(".*/platser/[^/]+/") || page.matches(".*/platser/(tillganglig-entre|oppet-idag)/")) {
                    continue;
                }
                Document html = Pages.read(site, page);
                Element facts = html.selectFirst("main section:has(> h2#k-tillganglighet)");
                Element hours = html.selectFirst("main section:has(> h2#k-oppettider)");
                if (facts == null || hours == null) {
                    problems.add(site + " " + page + ": no facts or no hours section");
                    continue;
                }
                List<Element> all = html.select("main section");
                if (all.indexOf(facts) > all.indexOf(hours)) {
                    problems.add(site + " " + page + ": the facts come after the hours");
                }
                List<String> labels = facts.select("dt").eachText();
                UiText t = text(site.language(page));
                if (!labels.containsAll(List.of(t.get("access.entrance"), t.get("access.toilet"), t.get("access.hearingLoop")))) {
                    problems.add(site + " " + page + ": facts " + labels);
                }
                if (facts.select("dd").stream().anyMatch(dd -> dd.text().isBlank())) {
                    problems.add(site + " " + page + ": a fact without words");
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void everyPlaceCardSaysHowToGetIn() {
        List<String> problems = new ArrayList<>();
        for (BuiltSite site : sites) {
            for (String page : site.pages()) {
                for (Element card : Pages.read(site, page).select("main .card:has(a[href*=/platser/])")) {
                    Element access = card.selectFirst(".access-line");
                    String entrance = text(site.language(page)).get("access.entrance");
                    if (access == null || !access.text().matches(Pattern.quote(entrance) + ": \\S.*")) {
                        problems.add(site + " " + page + ": " + card.selectFirst(".card-title").text());
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    /** The interface words of a page's language, which the labels must be. */
    private static UiText text(String language) {
        return UiText.load(TestSites.templates(), language, "sv");
    }
}
