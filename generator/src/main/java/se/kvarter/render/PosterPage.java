package se.kvarter.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.model.Place;
import se.kvarter.model.SitePaths;
import se.kvarter.output.OutputFile;
import se.kvarter.render.PageMaker.Section;
import se.kvarter.render.PageMaker.Spec;

/**
 * The printable A4 poster of a place ({@code platser/<id>/affisch/}), for the door or the notice
 * board: a page of the site like any other on screen, one sheet of paper when printed.
 */
final class PosterPage {

    /**
     * How many coming changes the poster lists: the sheet stays one A4 page; the QR code leads
     * to the page, which lists them all.
     */
    static final int POSTER_CHANGES = 6;

    private final EditionContext edition;
    private final PageMaker maker;
    private final PlaceViews places;
    private final JsonLd jsonLd;

    PosterPage(EditionContext edition, PageMaker maker, PlaceViews places, JsonLd jsonLd) {
        this.edition = edition;
        this.maker = maker;
        this.places = places;
        this.jsonLd = jsonLd;
    }

    OutputFile make(Place place) {
        UiText t = edition.text();
        SitePaths paths = edition.paths();
        String path = paths.poster(place.id());
        Map<String, String> name = Map.of("name", place.name());
        PosterView.Code page = code(edition.absolute(paths.place(place.id())), t.format("poster.pageCode", name));
        String form = place.contact().form();
        Map<String, Object> data = new LinkedHashMap<>();
        // The poster shows no events or news: its view of the place leaves them out.
        PlaceView view = places.view(place, List.of(), List.of());
        List<Phrase> changes = view.hours().changes();
        data.put("poster", new PosterView(view, page,
                form == null ? null : code(form, t.format("poster.formCode", name)), paths.asset("poster.css"),
                changes.subList(0, Math.min(changes.size(), POSTER_CHANGES)), changes.size() > POSTER_CHANGES));
        String title = t.format("poster.title", name);
        // A web page, not the place: the place's own page is where search engines find it described.
        return maker.make(new Spec(path, "pages/poster.ftlh", title, Section.PLACES,
                List.of(new Link(paths.home(), t.get("nav.home")), new Link(paths.places(), t.get("places.title")),
                        new Link(paths.place(place.id()), place.name())),
                jsonLd.webPage("WebPage", title, edition.absolute(path)), place.summary(),
                place.language().equals(edition.language()), data).from(place.at().file()));
    }

    private static PosterView.Code code(String url, String label) {
        return new PosterView.Code(url, QrCode.of(url).map(code -> code.svg(label)).orElse(null));
    }
}
