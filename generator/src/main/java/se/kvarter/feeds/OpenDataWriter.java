package se.kvarter.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.kvarter.hours.HolidayCalendar;
import se.kvarter.hours.HoursEngine;
import se.kvarter.model.Edition;
import se.kvarter.model.Place;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;
import se.kvarter.output.OutputFile;
import se.kvarter.feeds.Json.Obj;

/**
 * Writes the open data of outputs.md for the default language: JSON API v1 with its schemas,
 * one file per place, and the index that links every dataset; the HSDS export and the
 * DCAT-AP-SE catalogue of the datasets.
 * one file per place, the iCalendar files, and the index that links every dataset.
 */
public final class OpenDataWriter {

    static final String API = "api/v1/";
    static final String GEOJSON = API + "places.geojson";
    private static final List<String> SCHEMAS = List.of("index", "place", "places", "event", "events", "article", "news",
            "organization", "organizations");

    private final Json json;
    private final String sourceDateEpoch;

    public OpenDataWriter(ObjectMapper mapper) {
        this(mapper, null);
    }

    /** @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} of the environment, or null: the iCalendar DTSTAMP */
    public OpenDataWriter(ObjectMapper mapper, String sourceDateEpoch) {
        this.json = new Json(mapper);
        this.sourceDateEpoch = sourceDateEpoch;
    }

    /**
     * Writes every open-data file to {@code sink} and returns how many were written.
     *
     * @param pages the output paths of the site's HTML pages, for the sitemap
     */
    public int write(Site site, List<String> pages, Consumer<OutputFile> sink) {
        Urls urls = new Urls(site.settings());
        HoursEngine engine = new HoursEngine(HolidayCalendar.of(site.settings().holidays()));
        ApiJson api = new ApiJson(site, urls, engine);
        Edition content = site.defaultEdition();
        List<OutputFile> files = new ArrayList<>();
        List<Obj> places = new ArrayList<>();
        for (Place place : content.places()) {
            Obj object = api.place(place);
            places.add(object);
            files.add(json.file(API + "places/" + place.id() + ".json", object));
        }
        files.add(json.file(API + "places.json", places));
        files.add(json.file(API + "events.json", content.events().stream().map(api::event).toList()));
        files.add(json.file(API + "news.json", content.listedNews(site.now().instant()).stream().map(api::article).toList()));
        files.add(json.file(API + "organizations.json", content.organizations().stream().map(api::organization).toList()));
        for (String name : SCHEMAS) {
            files.add(schema(name, site.settings()));
        }
        files.add(json.file(API + "index.json", index(site)));
        files.add(json.file(GEOJSON, new GeoJson(urls).collection(site)));
        NewsFeeds news = new NewsFeeds(site, urls);
        files.add(news.atom());
        files.add(news.jsonFeed(json));
        files.addAll(new HsdsExport(site, urls).files(json));
        files.addAll(DcatFiles.of(site, urls));
        files.addAll(new CalendarWriter(site, urls, engine,
                CalendarWriter.stamp(sourceDateEpoch, site.now(), site.settings().timezone())).files());
        files.addAll(new SitemapWriter(site).files(pages));
        files.forEach(sink);
        return files.size();
    }

    private Obj index(Site site) {
        SiteSettings settings = site.settings();
        String base = settings.baseUrl();
        String language = settings.language();
        List<Obj> datasets = Datasets.all().stream()
                .map(d -> Json.obj().with("id", d.id()).with("title", d.title(language))
                        .with("description", d.description(language)).with("url", base + d.path())
                        .with("format", d.format()).with("schema", d.schema() == null ? null : base + d.schema()))
                .toList();
        return Json.obj()
                .with("title", settings.title())
                .with("description", settings.description())
                .with("url", base)
                .with("language", language)
                .with("languages", settings.languages())
                .with("timezone", settings.timezone().getId())
                .with("license", settings.dataLicense() == null ? null
                        : Json.obj().with("id", settings.dataLicense()).with("url", Licences.iri(settings.dataLicense())))
                .with("publisher", settings.publisher() == null ? null : Json.obj()
                        .with("name", settings.publisher().name())
                        .with("email", settings.publisher().email())
                        .with("url", settings.publisher().url())
                        .with("orgNumber", settings.publisher().orgNumber()))
                .with("referenceDate", site.now().date().toString())
                .with("datasets", datasets);
    }

    /** A schema from the jar with its {@code $id} under the site's base URL. */
    private static OutputFile schema(String name, SiteSettings settings) {
        String resource = "schema/" + name + ".schema.json";
        try (InputStream in = OpenDataWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", settings.baseUrl());
            return OutputFile.text(API + "schema/" + name + ".schema.json", text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
