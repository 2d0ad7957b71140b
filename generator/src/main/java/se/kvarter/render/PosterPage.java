package se.kvarter.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageData.PosterSheet;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;

/**
 * The printable A4 poster of a place ({@code platser/<id>/affisch/}), for the door or the notice
 * board: a page of the site like any other on screen, one sheet of paper when printed. With
 * {@code site.yaml} {@code posterLanguages}, also the same sheet with a second language beside the
 * edition's own ({@code platser/<id>/affisch/ar/}: Swedish and Arabic), each half in its own
 * language and direction, with the words, hours and codes of that language's page.
 */
final class PosterPage {

    /**
     * How many coming changes the poster lists: the sheet stays one A4 page; the QR code leads
     * to the page, which lists them all.
     */
    static final int POSTER_CHANGES = 6;

    /** How many a half of a two-language poster lists: the half has half the sheet's width. */
    static final int PAIR_CHANGES = 4;

    private final EditionContext edition;
    private final PageMaker maker;
    private final PlaceViews places;
    private final JsonLd jsonLd;
    /** The editions of the languages printed beside this one's, each with its views of places, by language. */
    private final Map<String, Beside> beside = new LinkedHashMap<>();

    private record Beside(EditionContext edition, PlaceViews places) {
    }

    PosterPage(EditionContext edition, PageMaker maker, PlaceViews places, JsonLd jsonLd, List<EditionContext> beside) {
        this.edition = edition;
        this.maker = maker;
        this.places = places;
        this.jsonLd = jsonLd;
        for (EditionContext other : beside) {
            this.beside.put(other.language(), new Beside(other, new PlaceViews(other)));
        }
    }

    /** The languages a poster of this edition is also printed with, beside its own. */
    List<String> besideLanguages() {
        return List.copyOf(beside.keySet());
    }

    OutputFile make(Place place) {
        UiText t = edition.text();
        String path = edition.paths().poster(place.id());
        String title = t.format("poster.title", Map.of("name", place.name()));
        PosterSheet data = new PosterSheet(view(edition, places, place, POSTER_CHANGES), null, pairs(place));
        // A web page, not the place: the place's own page is where search engines find it described.
        return maker.make(spec(place, path, title, data));
    }

    /** The poster of {@code place} with {@code language} beside this edition's language. */
    OutputFile make(Place place, String language) {
        Beside other = beside.get(language);
        Place translated = other.edition().places().getOrDefault(place.id(), place);
        String path = edition.paths().poster(place.id(), language);
        String title = edition.text().format("poster.pairTitle", Map.of("name", place.name(),
                "own", places.languageName(edition.language()), "language", places.languageName(language)));
        PosterSheet data = new PosterSheet(view(edition, places, place, PAIR_CHANGES),
                new PosterView.Half(view(other.edition(), other.places(), translated, PAIR_CHANGES),
                        other.edition().text().texts(), language, Layout.direction(language)), List.of());
        // the same sheet in another language's edition is another pair: no alternates to switch to
        return maker.make(spec(place, path, title, data).withoutAlternates());
    }

    /** Links to the place's posters with a second language, for the one-language poster and the place page. */
    List<Link> pairs(Place place) {
        return beside.keySet().stream().map(language -> new Link(edition.paths().poster(place.id(), language),
                edition.text().format("poster.pair", Map.of("own", places.languageName(edition.language()),
                        "language", places.languageName(language))))).toList();
    }

    private Spec spec(Place place, String path, String title, PosterSheet data) {
        SitePaths paths = edition.paths();
        UiText t = edition.text();
        return new Spec(path, "pages/poster.ftlh", title, Section.PLACES,
                List.of(new Link(paths.home(), t.get("nav.home")), new Link(paths.places(), t.get("places.title")),
                        new Link(paths.place(place.id()), place.name())),
                jsonLd.webPage("WebPage", title, edition.absolute(path)), place.about().summary(),
                place.entry().language().equals(edition.language()), data).from(place.entry().at().file());
    }

    /** What one language's poster (or half of a sheet) shows of {@code place}, in {@code in}'s words. */
    private static PosterView view(EditionContext in, PlaceViews views, Place place, int changesShown) {
        UiText t = in.text();
        SitePaths paths = in.paths();
        Map<String, String> name = Map.of("name", place.name());
        PosterView.Code page = code(in.absolute(paths.place(place.id())), t.format("poster.pageCode", name));
        String form = place.contact().form();
        // The poster shows no events or news: its view of the place leaves them out.
        PlaceView view = views.view(place, List.of(), List.of());
        List<Phrase> changes = view.availability().hours().changes();
        return new PosterView(view, page, form == null ? null : code(form, t.format("poster.formCode", name)),
                paths.asset("poster.css"), changes.subList(0, Math.min(changes.size(), changesShown)),
                changes.size() > changesShown);
    }

    private static PosterView.Code code(String url, String label) {
        return new PosterView.Code(url, QrCode.of(url).map(code -> code.svg(label)).orElse(null));
    }
}
