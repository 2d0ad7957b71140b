package se.kvarter.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import se.kvarter.hours.HoursEngine;
import se.kvarter.model.Dataset;
import se.kvarter.model.Edition;
import se.kvarter.model.Site;

/**
 * Plans every HTML page of the site, in every language, as jobs that each render one page (the
 * build runs them on every core and passes each page on at once, so it never holds all pages).
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Path templatesFolder;
    private final ObjectMapper json;

    public SiteRenderer(Path templatesFolder, ObjectMapper json) {
        this.templatesFolder = templatesFolder;
        this.templates = new Templates(templatesFolder);
        this.json = json;
    }

    /** Reads the template files again from the next page on: the dev server saw one of them change. */
    public void templatesChanged() {
        templates.forgetParsed();
    }

    /**
     * Every page of the site, in every language, ready to render; nothing is rendered yet.
     *
     * @param datasets the open-data files, for the open-data page; asked for only when that page
     *                 is rendered, and at most once
     */
    public List<PageJob> plan(Site site, Supplier<List<Dataset>> datasets) {
        return prepare(site, datasets).all();
    }

    /** What it takes to plan the pages of every language, before any page is planned. */
    public SitePlan prepare(Site site, Supplier<List<Dataset>> datasets) {
        return prepare(site, HoursEngine.of(site.settings()), datasets);
    }

    /**
     * {@link #prepare(Site, Supplier)} with the build's {@code hours}: the engine that the open
     * data uses too, so that each place's days are resolved once for both.
     */
    public SitePlan prepare(Site site, HoursEngine hours, Supplier<List<Dataset>> datasets) {
        Supplier<List<Dataset>> once = new Once<>(datasets);
        List<EditionContext> editions = new ArrayList<>();
        for (Edition edition : site.editions()) {
            UiText text = UiText.load(templatesFolder, edition.language(), site.settings().language());
            editions.add(EditionContext.of(site, edition, text, hours, site.now()));
        }
        List<EditionPages> pages = new ArrayList<>();
        for (EditionContext edition : editions) {
            // the editions whose language a poster of this one can be printed with, beside its own
            List<EditionContext> beside = editions.stream()
                    .filter(other -> site.settings().posterLanguages().contains(other.language()) && other != edition)
                    .toList();
            pages.add(new EditionPages(edition, new PageMaker(templates, edition, editions), json, once, beside));
        }
        return new SitePlan(pages);
    }

    /** The pages of a site, in every language: all of them, or only some entries' own. */
    public static final class SitePlan {
        private final List<EditionPages> editions;

        private SitePlan(List<EditionPages> editions) {
            this.editions = editions;
        }

        /** Every page. */
        public List<PageJob> all() {
            List<PageJob> jobs = new ArrayList<>();
            editions.forEach(edition -> jobs.addAll(edition.jobs()));
            return jobs;
        }

        /** The own pages of these entries ({@code place:kallaren}) in every language, as {@link #all()} plans them. */
        public List<PageJob> entryPages(Collection<String> entries) {
            List<PageJob> jobs = new ArrayList<>();
            for (EditionPages edition : editions) {
                entries.stream().sorted().forEach(entry -> jobs.addAll(edition.jobsOf(entry)));
            }
            return jobs;
        }
    }

    /** A value made when first asked for, by one thread, and kept. */
    private static final class Once<T> implements Supplier<T> {
        private Supplier<T> maker;
        private T value;

        Once(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized T get() {
            if (maker != null) {
                value = maker.get();
                maker = null;
            }
            return value;
        }
    }

    /** Areas by slug, for the area pages, in the order people read them (made once per edition). */
    static Map<String, String> areas(EditionContext edition) {
        return edition.areas();
    }
}
