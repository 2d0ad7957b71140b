package se.kvarter.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import se.kvarter.feeds.Json.Obj;
import se.kvarter.feeds.api.ApiJson;
import se.kvarter.feeds.api.GeoJson;
import se.kvarter.feeds.calendar.CalendarWriter;
import se.kvarter.feeds.dcat.DcatCatalog;
import se.kvarter.feeds.dcat.DcatFiles;
import se.kvarter.feeds.hsds.HsdsExport;
import se.kvarter.feeds.hsds.HsdsText;
import se.kvarter.feeds.news.NewsFeeds;
import se.kvarter.feeds.sitemap.SitemapWriter;
import se.kvarter.hours.Availabilities;
import se.kvarter.hours.HoursEngine;
import se.kvarter.model.Changes;
import se.kvarter.model.Dataset;
import se.kvarter.model.Edition;
import se.kvarter.model.Event;
import se.kvarter.model.Place;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;
import se.kvarter.output.OutputFile;

/**
 * Writes the open data of outputs.md for the default language: JSON API v1 with its schemas,
 * one file per place, and the index that links every dataset; GeoJSON, the news feeds, the
 * iCalendar files, the HSDS export, the DCAT-AP-SE catalogue of the datasets and the sitemap.
 */
public final class OpenDataWriter {

    static final String API = "api/v1/";
    static final String GEOJSON = API + "places.geojson";
    static final int EXAMPLE_LINES = 12;
    /** Lines of an example longer than this are cut: the page shows how a file starts, and must stay light. */
    static final int EXAMPLE_WIDTH = 88;
    private static final List<String> SCHEMAS = List.of("index", "place", "places", "event", "events", "article", "news",
            "organization", "organizations");

    private final Json json;
    private final String sourceDateEpoch;
    private final OpenDataCache cache;

    public OpenDataWriter(ObjectMapper mapper) {
        this(mapper, null, OpenDataCache.forOneBuild());
    }

    /**
     * @param sourceDateEpoch the {@code SOURCE_DATE_EPOCH} of the environment, or null: the iCalendar DTSTAMP
     * @param cache           what this writer may reuse from earlier builds and share between its files
     */
    public OpenDataWriter(ObjectMapper mapper, String sourceDateEpoch, OpenDataCache cache) {
        this.json = new Json(mapper, cache);
        this.sourceDateEpoch = sourceDateEpoch;
        this.cache = cache;
    }

    /**
     * Every open-data file, in jobs that a rebuild runs only when their sources changed.
     *
     * @param pages the output paths of the site's HTML pages, for the sitemap
     */
    public List<FeedJob> plan(Site site, List<String> pages) {
        List<FeedJob> jobs = new ArrayList<>(plan(site));
        jobs.add(sitemap(site, pages));
        return jobs;
    }

    /** Every open-data file but the sitemap: what can be made before the pages are planned. */
    public List<FeedJob> plan(Site site) {
        return plan(site, HoursEngine.of(site.settings()));
    }

    /**
     * Every open-data file but the sitemap, with the build's {@code hours}: the engine that the
     * pages use too, so that each place's days are resolved once for both.
     */
    public List<FeedJob> plan(Site site, HoursEngine hours) {
        Urls urls = new Urls(site.settings(), cache);
        Availabilities engine = availabilities(site, hours);
        ApiJson api = new ApiJson(site, urls, engine);
        Edition content = site.defaultEdition();
        List<FeedJob> jobs = new ArrayList<>();
        SharedJson places = new SharedJson(json, content.places().size());
        for (Place place : content.places()) {
            // a renamed place's file stays at its old addresses too, with the current data
            List<String> ids = new ArrayList<>(List.of(place.id()));
            ids.addAll(place.formerIds());
            for (String id : ids) {
                String path = API + "places/" + id + ".json";
                jobs.add(FeedJob.one(path, () -> places.file(path, place.id(), () -> api.place(place)),
                        "place:" + place.id(), "org:*"));
            }
        }
        jobs.add(FeedJob.one(API + "places.json", () -> json.list(API + "places.json", content.places(),
                place -> places.item(place.id(), () -> api.place(place))),
                "place:*", "org:*"));
        jobs.add(FeedJob.one(API + "events.json", () -> json.list(API + "events.json", content.events(), api::event),
                "event:*", "org:*"));
        jobs.add(FeedJob.one(API + "news.json", () -> json.list(API + "news.json",
                content.listedNews(site.now().instant()), api::article), "news:*", "news-order"));
        jobs.add(FeedJob.one(API + "organizations.json", () -> json.file(API + "organizations.json",
                content.organizations().stream().map(api::organization).toList()), "org:*"));
        jobs.add(FeedJob.of("schemas", () -> SCHEMAS.stream().map(name -> schema(name, site.settings())).toList()));
        jobs.add(FeedJob.one(API + "index.json", () -> json.file(API + "index.json", index(site))));
        jobs.add(FeedJob.one(GEOJSON, () -> json.file(GEOJSON, new GeoJson(urls, engine).collection(site)), "place:*"));
        jobs.add(FeedJob.of("news-feeds", () -> {
            NewsFeeds news = new NewsFeeds(site, urls);
            return List.of(news.atom(), news.jsonFeed(json));
        }, "news:*", "news-order"));
        jobs.add(FeedJob.of("hsds", () -> new HsdsExport(site, urls, engine).files(json), "place:*", "org:*"));
        jobs.add(FeedJob.of("dcat", () -> DcatFiles.of(site, urls)));
        jobs.addAll(new CalendarWriter(site, urls, engine,
                CalendarWriter.stamp(sourceDateEpoch, site.now(), site.settings().timezone())).jobs());
        return jobs;
    }

    /** The sitemap of the pages at these output paths. */
    public FeedJob sitemap(Site site, List<String> pages) {
        return FeedJob.of("sitemap", () -> new SitemapWriter(site).files(pages), Changes.PAGES);
    }

    /**
     * The datasets of {@link Datasets#all()}, each with the start of its file as this site builds
     * it, for the open-data page to show developers the shape of the data, followed by the
     * {@linkplain Datasets#otherFiles other files} (one entry's files, the catalogue), so that the
     * page lists every feed.
     */
    public List<Dataset> describe(Site site) {
        return describe(site, HoursEngine.of(site.settings()));
    }

    /** {@link #describe(Site)} with the build's {@code hours}. */
    public List<Dataset> describe(Site site, HoursEngine hours) {
        Urls urls = new Urls(site.settings(), cache);
        Availabilities engine = availabilities(site, hours);
        ApiJson api = new ApiJson(site, urls, engine);
        Edition content = site.defaultEdition();
        List<Dataset> described = new ArrayList<>();
        for (Dataset dataset : Datasets.all()) {
            String example = switch (dataset.id()) {
                // Every item, feature or entry takes at least a line, so the first EXAMPLE_LINES of
                // them give the same first lines as the whole file, without making it (the dev
                // server describes the datasets on every rebuild).
                case "places" -> example(content.places(), api::place);
                case "events" -> example(content.events(), api::event);
                case "news" -> example(content.listedNews(site.now().instant()), api::article);
                case "organizations" -> example(content.organizations(), api::organization);
                case "places-geojson" -> json.text(new GeoJson(urls, engine).collection(site, EXAMPLE_LINES));
                case "news-atom" -> new String(new NewsFeeds(site, urls, EXAMPLE_LINES).atom().bytes(),
                        StandardCharsets.UTF_8);
                case "news-jsonfeed" -> new String(new NewsFeeds(site, urls, EXAMPLE_LINES).jsonFeed(json).bytes(),
                        StandardCharsets.UTF_8);
                case "events-ics" -> first(content.events()).map(e -> calendarExample(site, urls, engine)).orElse(null);
                default -> null;
            };
            described.add(example == null ? dataset : dataset.withExample(excerpt(example)));
        }
        described.addAll(Datasets.otherFiles(first(content.places()).map(Place::id).orElse(null),
                first(content.events()).map(Event::id).orElse(null)));
        return described;
    }

    /**
     * The availability of the places that the open data describes (the default language's), made
     * once for every file of one plan; a place that is not open gives its status as its reason.
     */
    public static Availabilities availabilities(Site site) {
        return availabilities(site, HoursEngine.of(site.settings()));
    }

    private static Availabilities availabilities(Site site, HoursEngine hours) {
        HsdsText text = new HsdsText(site.settings().language());
        return new Availabilities(hours, site.now().date(), text::status);
    }

    private String calendarExample(Site site, Urls urls, Availabilities engine) {
        String calendar = new String(new CalendarWriter(site, urls, engine,
                CalendarWriter.stamp(sourceDateEpoch, site.now(), site.settings().timezone())).jobs().get(0)
                .files().get().get(0).bytes(), StandardCharsets.UTF_8);
        int event = calendar.indexOf("BEGIN:VEVENT");
        return event < 0 ? calendar : calendar.substring(event);
    }

    private static <T> Optional<T> first(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    /** The start of a JSON list file: its first items, or null for an empty list (no example). */
    private <T> String example(List<T> items, Function<T, Object> toJson) {
        return items.isEmpty() ? null
                : json.text(items.subList(0, Math.min(EXAMPLE_LINES, items.size())).stream().map(toJson).toList());
    }

    /** The first lines of a text, each cut to a width, with a line of dots when it goes on. */
    static String excerpt(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines()
                .map(line -> line.codePointCount(0, line.length()) <= EXAMPLE_WIDTH ? line
                        : line.substring(0, line.offsetByCodePoints(0, EXAMPLE_WIDTH - 1)) + "…")
                .toList();
        return lines.size() <= EXAMPLE_LINES ? String.join("\n", lines)
                : String.join("\n", lines.subList(0, EXAMPLE_LINES)) + "\n…";
    }

    /**
     * Writes every open-data file to {@code sink}, one after another, and returns how many were
     * written. Builds run the jobs of {@link #plan} themselves, beside the pages, on every core.
     */
    public int write(Site site, List<String> pages, Consumer<OutputFile> sink) {
        int count = 0;
        for (FeedJob job : plan(site, pages)) {
            List<OutputFile> files = job.files().get();
            files.forEach(sink);
            count += files.size();
        }
        return count;
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
                .with("datasets", datasets)
                .with("itemFiles", itemFiles(base))
                .with("schemas", SCHEMAS.stream()
                        .map(name -> Json.obj().with("id", name).with("url", base + schemaPath(name)))
                        .toList())
                .with("catalog", List.of(
                        Json.obj().with("id", "dcat-rdf").with("url", base + DcatCatalog.RDF_XML).with("format", "application/rdf+xml"),
                        Json.obj().with("id", "dcat-jsonld").with("url", base + DcatCatalog.JSON_LD).with("format", "application/ld+json")));
    }

    /** The files made per entry, as URI templates (RFC 6570) with the entry's id. */
    private static List<Obj> itemFiles(String base) {
        return List.of(
                Json.obj().with("id", "place").with("urlTemplate", base + API + "places/{id}.json")
                        .with("format", "application/json").with("schema", base + schemaPath("place")),
                Json.obj().with("id", "place-ics").with("urlTemplate", base + "calendar/places/{id}.ics")
                        .with("format", "text/calendar"),
                Json.obj().with("id", "event-ics").with("urlTemplate", base + "calendar/events/{id}.ics")
                        .with("format", "text/calendar"));
    }

    /** Where the JSON Schema {@code name} is published, relative to the base URL. */
    static String schemaPath(String name) {
        return API + "schema/" + name + ".schema.json";
    }

    /** A schema from the jar with its {@code $id} under the site's base URL. */
    private static OutputFile schema(String name, SiteSettings settings) {
        String resource = "schema/" + name + ".schema.json";
        try (InputStream in = OpenDataWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", settings.baseUrl());
            return OutputFile.text(schemaPath(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
