package se.kvarter.model;

import java.time.ZoneId;
import java.util.List;

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
 */
public record SiteSettings(
        String title, String description, String baseUrl, String language, List<String> languages,
        ZoneId timezone, Publisher publisher, String dataLicense, String holidays, int staleAfterDays,
        AccessibilityStatement accessibility, boolean trustedHtml, int newsPerPage,
        boolean allowScriptFiles, List<String> posterLanguages, Region region) {

    public SiteSettings {
        languages = List.copyOf(languages);
        posterLanguages = List.copyOf(posterLanguages);
    }

    /** The path part of {@link #baseUrl()}: {@code /} or {@code /repo/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }
}
