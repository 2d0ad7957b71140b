package se.kvarter.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.kvarter.model.Image;
import se.kvarter.model.Page;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;

/**
 * Puts a page together: the layout around it (menu, breadcrumbs, languages, footer) and the
 * template's output as an {@link OutputFile} at the page's path.
 */
final class PageMaker {

    /** The sections of the main menu, by the path segment that starts them. */
    enum Section { HOME, PLACES, EVENTS, NEWS, OTHER }

    private static final Map<String, String> LANGUAGE_NAMES = Map.of("ar", "العربية", "fa", "فارسی", "so", "Soomaali",
            "ti", "ትግርኛ", "en", "English", "sv", "Svenska");

    private final Templates templates;
    private final EditionContext edition;
    private final List<EditionContext> all;
    /** The same on every page of the edition: made once, not with the zone's rules and a date's text per page. */
    private final Layout.Clock clock;

    PageMaker(Templates templates, EditionContext edition, List<EditionContext> all) {
        this.templates = templates;
        this.edition = edition;
        this.all = all;
        this.clock = PlaceViews.clock(edition);
    }

    /**
     * One rendered page.
     *
     * @param source the content file the page shows, or null for pages of many entries
     */
    record Spec(String path, String template, String title, Section section, List<Link> breadcrumbs, String jsonLd,
                String description, boolean translated, PageData data, String source, boolean oneLanguage) {

        Spec(String path, String template, String title, Section section, List<Link> breadcrumbs, String jsonLd,
             String description, boolean translated, PageData data) {
            this(path, template, title, section, breadcrumbs, jsonLd, description, translated, data, null, false);
        }

        Spec from(String contentFile) {
            return new Spec(path, template, title, section, breadcrumbs, jsonLd, description, translated, data, contentFile,
                    oneLanguage);
        }

        /** The page has no counterpart in the other languages (a poster of two of them): no language switch. */
        Spec withoutAlternates() {
            return new Spec(path, template, title, section, breadcrumbs, jsonLd, description, translated, data, source,
                    true);
        }
    }

    OutputFile make(Spec spec) {
        byte[] html = templates.render(spec.template(), layout(spec), edition.text().texts(), spec.data(),
                edition.dates().locale());
        return new OutputFile(edition.paths().outputFile(spec.path()), html, spec.source());
    }

    private Layout layout(Spec spec) {
        UiText t = edition.text();
        String siteTitle = edition.site().settings().title(edition.language());
        boolean home = spec.section() == Section.HOME;
        return new Layout(
                edition.language(),
                Layout.direction(edition.language()),
                spec.title(),
                spec.translated() ? null : edition.site().settings().language(),
                spec.translated() ? null : t.get("site.notTranslated"),
                edition.paths().asset(""),
                new Layout.Head(
                        home ? siteTitle : spec.title() + " – " + siteTitle,
                        spec.description() != null ? spec.description() : edition.site().settings().description(edition.language()),
                        edition.absolute(spec.path()),
                        spec.jsonLd(),
                        List.of(new Link(edition.paths().root("nyheter/feed.atom"), "application/atom+xml"),
                                new Link(edition.paths().root("nyheter/feed.json"), "application/feed+json")),
                        edition.paths().asset("style.css"),
                        Layout.policyFor(edition.site().settings().trustedHtml())),
                new Layout.Site(
                        siteTitle,
                        edition.site().settings().hasTitleIn(edition.language()) ? null : edition.site().settings().language(),
                        logo(siteTitle),
                        edition.paths().home(),
                        edition.site().settings().publisher() == null ? null : edition.site().settings().publisher().name(),
                        edition.paths().search()),
                new Layout.Navigation(
                        menu(spec.section()),
                        spec.breadcrumbs(),
                        spec.oneLanguage() ? List.of() : alternates(spec.path()),
                        List.of(new Link(edition.paths().accessibility(), t.get("nav.accessibility")),
                                new Link(edition.paths().openData(), t.get("nav.openData")))),
                clock);
    }

    /** The logo in the header says what the link's text would: the site's title, in its language. */
    private ImageView logo(String siteTitle) {
        Image logo = edition.site().settings().logo();
        if (logo == null) {
            return null;
        }
        String lang = edition.site().settings().hasTitleIn(edition.language()) ? null : edition.site().settings().language();
        return new ImageView(edition.paths().file(logo.src()), siteTitle, null, null, lang);
    }

    private List<Layout.MenuItem> menu(Section section) {
        UiText t = edition.text();
        List<Layout.MenuItem> menu = new ArrayList<>();
        SitePaths paths = edition.paths();
        menu.add(new Layout.MenuItem(paths.places(), t.get("nav.places"), section == Section.PLACES));
        menu.add(new Layout.MenuItem(paths.events(), t.get("nav.events"), section == Section.EVENTS));
        menu.add(new Layout.MenuItem(paths.news(1), t.get("nav.news"), section == Section.NEWS));
        edition.content().pages().stream()
                .filter(p -> p.menu() != null)
                .sorted(Comparator.comparing(Page::menu).thenComparing(Page::id))
                .forEach(p -> menu.add(new Layout.MenuItem(paths.page(p.id()), p.title(), false,
                        edition.otherLanguage(p.language(), p.untranslated(), "title"))));
        return menu;
    }

    /** The same page in every language of the site (this one included, for hreflang). */
    private List<Layout.Alternate> alternates(String path) {
        // Pages that are files rather than folders (404.html, redirects) exist in one language only.
        if (all.size() < 2 || !path.endsWith("/")) {
            return List.of();
        }
        String local = path.substring(edition.paths().home().length());
        List<Layout.Alternate> alternates = new ArrayList<>();
        for (EditionContext other : all) {
            String url = other.paths().home() + local;
            alternates.add(new Layout.Alternate(other.language(),
                    LANGUAGE_NAMES.getOrDefault(other.language(), Locale.forLanguageTag(other.language())
                            .getDisplayLanguage(Locale.forLanguageTag(other.language()))),
                    url, other.absolute(url)));
        }
        return alternates;
    }
}
