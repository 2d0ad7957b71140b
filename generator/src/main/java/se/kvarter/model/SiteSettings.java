package se.kvarter.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The site-wide settings of {@code site.yaml}.
 *
 * @param baseUrl   the absolute URL the site is published at, ending in {@code /}
 * @param language  the default language of content and interface
 * @param languages every language of the site, the default one first
 * @param holidays  the public-holiday calendar, such as {@code SE}
 * @param allowScriptFiles whether {@code files/} may hold files that run script at the site's address
 *                  (web pages, SVG with script, JavaScript), and trusted HTML may load script from there
 * @param posterLanguages the languages a place's poster is also printed with, beside the
 *                  page's own on the same sheet (Swedish and Arabic); each one of {@code languages}
 * @param region    where the site's places and events may lie
 * @param titles    the site's title in other languages than the default, by language code
 *                  ({@code title: { sv: ..., en: ... }}); an edition without one shows {@link #title()}
 * @param descriptions the site's description in other languages, likewise
 * @param logo      a picture of the site's own (an image under {@code files/}) shown in the header,
 *                  or null
 * @param journeyPlanner a journey planner's address with {@code {lat}}, {@code {lon}}, {@code {name}}
 *                  and {@code {address}} in it, for directions by public transport, or null
 */
public record SiteSettings(
        String title, String description, String baseUrl, String language, List<String> languages,
        ZoneId timezone, Publisher publisher, String dataLicense, String holidays, int staleAfterDays,
        AccessibilityStatement accessibility, boolean trustedHtml, int newsPerPage,
        boolean allowScriptFiles, List<String> posterLanguages, Region region,
        Map<String, String> titles, Map<String, String> descriptions, Image logo, String journeyPlanner) {

    public SiteSettings {
        languages = List.copyOf(languages);
        posterLanguages = List.copyOf(posterLanguages);
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
    }

    /** The title in {@code language}, or in the default language when it has none there. */
    public String title(String language) {
        return titles.getOrDefault(language, title);
    }

    /** Whether the title is written in {@code language} (the default language's is). */
    public boolean hasTitleIn(String language) {
        return language.equals(this.language) || titles.containsKey(language);
    }

    /** The description in {@code language}, or in the default language (possibly null) when it has none there. */
    public String description(String language) {
        return descriptions.getOrDefault(language, description);
    }

    /** Whether the description is written in {@code language}. */
    public boolean hasDescriptionIn(String language) {
        return language.equals(this.language) || descriptions.containsKey(language);
    }

    /** The path part of {@link #baseUrl()}: {@code /} or {@code /repo/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
