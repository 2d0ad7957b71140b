package se.kvarter.render;

import java.util.ArrayList;
import java.util.List;
import se.kvarter.model.Event;
import se.kvarter.model.NewsArticle;
import se.kvarter.model.Organization;
import se.kvarter.model.Page;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;
import se.kvarter.render.SearchIndex.Document;

/**
 * Every page of an edition that the search finds, with its text in the fields that rank a hit:
 * the lists of places by a filter (step-free entrance, a language, an audience, open today), places (name; services, area, type, summary, languages spoken, audiences, accessibility facts
 * and notes, organisation; the description), services and areas (their names), events, free
 * pages, organisations and every listed news article. In the order the search page lists them,
 * which is also the order of equal hits.
 */
final class SearchDocuments {

    /** The pages of one kind, under a heading key of the search page ({@code search.kindPlace}). */
    record Kind(String headingKey, List<Document> documents) {
    }

    private final EditionContext edition;
    private final List<String> services;
    private final SitePaths paths;
    private final UiText t;
    private final PlaceViews places;
    private final List<PlaceListPages.Listed> lists;

    SearchDocuments(EditionContext edition, List<String> services, List<PlaceListPages.Listed> lists) {
        this.lists = lists;
        this.edition = edition;
        this.places = new PlaceViews(edition);
        this.services = services;
        this.paths = edition.paths();
        this.t = edition.text();
    }

    /** How many pages {@link #kinds()} holds, without reading their texts. */
    int count() {
        return lists.size() + edition.content().places().size() + services.size() + SiteRenderer.areas(edition).size()
                + edition.content().events().size() + edition.content().pages().size()
                + edition.content().organizations().size() + edition.listedNews().size();
    }

    /** The kinds that have pages, each with its pages. */
    List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        // first, so that of equal hits the list of all places that speak a language or have a
        // step-free entrance comes before any one place
        add(kinds, "search.kindList", lists.stream()
                .map(list -> document(list.title(), list.url(), "search.kindList", list.intro(), null, List.of(), null))
                .toList());
        add(kinds, "search.kindPlace", edition.content().places().stream().map(this::place).toList());
        add(kinds, "search.kindService", services.stream()
                .map(id -> document(edition.serviceLabel(id), paths.service(id), "search.kindService", null, null, List.of(), null))
                .toList());
        List<Document> areas = new ArrayList<>();
        SiteRenderer.areas(edition).forEach((slug, name) ->
                areas.add(document(name, paths.area(slug), "search.kindArea", null, null, List.of(), null)));
        add(kinds, "search.kindArea", areas);
        add(kinds, "search.kindEvent", edition.content().events().stream().map(this::event).toList());
        add(kinds, "search.kindPage", edition.content().pages().stream().map(this::page).toList());
        add(kinds, "search.kindOrganization", edition.content().organizations().stream().map(this::organization).toList());
        add(kinds, "search.kindNews", edition.listedNews().stream().map(this::article).toList());
        return kinds;
    }

    private static void add(List<Kind> kinds, String headingKey, List<Document> documents) {
        if (!documents.isEmpty()) {
            kinds.add(new Kind(headingKey, documents));
        }
    }

    private Document document(String title, String url, String kindKey, String text, String lang, List<String> facts,
                              String bodyHtml) {
        List<String> all = new ArrayList<>(facts);
        if (text != null) {
            all.add(text);
        }
        return new Document(title, url, t.get(kindKey), text, lang, all, bodyHtml);
    }

    private Document place(Place place) {
        List<String> facts = new ArrayList<>();
        if (place.location().address().area() != null) {
            facts.add(place.location().address().area());
        }
        if (place.location().address().street() != null) {
            facts.add(place.location().address().street());
        }
        place.about().services().forEach(id -> facts.add(edition.serviceLabel(id)));
        facts.add(t.get("placeType." + place.about().type().code()));
        place.about().languages().forEach(code -> facts.add(places.languageName(code)));
        place.about().audiences().forEach(audience -> facts.add(t.get("audience." + audience.code())));
        places.facts(place.accessibility()).forEach(fact -> facts.add(fact.label() + " " + fact.value()));
        if (place.accessibility().notes() != null) {
            facts.add(place.accessibility().notes());
        }
        String organizationId = place.runBy().organization();
        Organization organization = organizationId == null ? null : edition.organizations().get(organizationId);
        if (organization != null) {
            facts.add(organization.name());
        }
        return document(place.name(), paths.place(place.id()), "search.kindPlace", place.about().summary(),
                edition.otherLanguage(place.entry().language(), place.entry().untranslated(), "name"), facts,
                place.about().bodyHtml());
    }

    private Document event(Event event) {
        List<String> facts = new ArrayList<>();
        Place place = event.place() == null ? null : edition.places().get(event.place());
        if (place != null) {
            facts.add(place.name());
        }
        Organization organization = event.organization() == null ? null : edition.organizations().get(event.organization());
        if (organization != null) {
            facts.add(organization.name());
        }
        return document(event.title(), paths.event(event.id()), "search.kindEvent", event.summary(),
                edition.otherLanguage(event.language(), event.untranslated(), "title"), facts, event.bodyHtml());
    }

    private Document page(Page page) {
        return document(page.title(), paths.page(page.id()), "search.kindPage", page.summary(),
                edition.otherLanguage(page.language(), page.untranslated(), "title"), List.of(), page.bodyHtml());
    }

    private Document organization(Organization organization) {
        return document(organization.name(), paths.organization(organization.id()), "search.kindOrganization",
                organization.description(), edition.otherLanguage(organization.language()), List.of(), null);
    }

    private Document article(NewsArticle article) {
        return document(article.title(), paths.article(article.id()), "search.kindNews", article.summary(),
                edition.otherLanguage(article.language(), article.untranslated(), "title"),
                List.of(edition.dates().date(article.date())), article.bodyHtml());
    }
}
