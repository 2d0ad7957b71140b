package se.kvarter.feeds.dcat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import se.kvarter.feeds.Datasets;
import se.kvarter.feeds.Licences;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Dataset;
import se.kvarter.model.Publisher;
import se.kvarter.model.Site;
import se.kvarter.model.SiteSettings;

/**
 * The DCAT-AP-SE catalogue of the site's open data as an RDF graph: the catalogue, its
 * publisher and contact point, and one dataset with one distribution per entry of
 * {@link Datasets#all()}. Every node has an absolute IRI (the Swedish data portal refuses blank
 * nodes): the site's own are fragments of {@code <baseUrl>dcat.rdf}, the publisher is the
 * portal's organisation IRI when the organisation number is known. Statements are added in a
 * fixed order, so the written files are the same from build to build ({@link DcatFiles}).
 */
public final class DcatCatalog {

    public static final String RDF_XML = "dcat.rdf";
    public static final String JSON_LD = "dcat.jsonld";

    private static final String PORTAL_ORGANISATION = "http://dataportal.se/organisation/SE";
    private static final String LANGUAGE = "http://publications.europa.eu/resource/authority/language/";
    private static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme";
    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String PUBLISHER_TYPES = "http://purl.org/adms/publishertype/";
    /** Media types in the IANA register: only these get a {@code dcat:mediaType} IRI that resolves. */
    private static final Set<String> REGISTERED = Set.of("application/json", "application/geo+json",
            "application/atom+xml", "application/ld+json", "application/rdf+xml", "text/calendar", "text/csv",
            "application/xml");
    /** The languages every dataset's title and description come in ({@link Dataset}). */
    private static final List<String> TEXT_LANGUAGES = List.of("sv", "en");
    private static final Map<String, List<String>> KEYWORDS = Map.of(
            "sv", List.of("mötesplatser", "jobbhubbar"),
            "en", List.of("meeting places", "job hubs"));

    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Site site;
    private final Urls urls;
    private final String document;

    DcatCatalog(Site site, Urls urls) {
        this.site = site;
        this.urls = urls;
        this.document = site.settings().baseUrl() + RDF_XML;
    }

    Model model() {
        SiteSettings settings = site.settings();
        Model model = new LinkedHashModel();
        model.setNamespace(RDF.NS);
        model.setNamespace(DCAT.NS);
        model.setNamespace("dcterms", DCTERMS.NAMESPACE);
        model.setNamespace(FOAF.NS);
        model.setNamespace(VCARD4.NS);

        List<Dataset> datasets = Datasets.all();
        IRI catalog = own("catalog");
        IRI publisher = publisher(settings.publisher());
        IRI contact = contact(settings.publisher());
        IRI licence = settings.dataLicense() == null ? null : optional(Licences.iri(settings.dataLicense()));
        IRI dataLanguage = language(settings.language());

        model.add(catalog, RDF.TYPE, DCAT.CATALOG);
        model.add(catalog, DCTERMS.TITLE, values.createLiteral("Öppna data: " + settings.title(), "sv"));
        model.add(catalog, DCTERMS.TITLE, values.createLiteral("Open data: " + settings.title(), "en"));
        for (String language : TEXT_LANGUAGES) {
            model.add(catalog, DCTERMS.DESCRIPTION, values.createLiteral(catalogDescription(datasets, language), language));
        }
        model.add(catalog, DCTERMS.PUBLISHER, publisher);
        add(model, catalog, DCTERMS.LICENSE, licence);
        model.add(catalog, FOAF.HOMEPAGE, iri(settings.baseUrl()));
        for (String language : TEXT_LANGUAGES) {
            model.add(catalog, DCTERMS.LANGUAGE, language(language));
        }
        model.add(catalog, DCAT.THEME_TAXONOMY, iri(THEMES));
        for (Dataset dataset : datasets) {
            model.add(catalog, DCAT.HAS_DATASET, own("dataset-" + dataset.id()));
        }

        model.add(publisher, RDF.TYPE, FOAF.AGENT);
        model.add(publisher, FOAF.NAME, values.createLiteral(
                settings.publisher() != null ? settings.publisher().name() : settings.title()));
        // DCAT-AP-SE 3.0.1 requires the publisher's type from the EU's ADMS publisher types
        model.add(publisher, DCTERMS.TYPE, iri(PUBLISHER_TYPES + Publisher.TYPES.get(
                settings.publisher() != null ? settings.publisher().type() : Publisher.DEFAULT_TYPE)));
        if (contact != null) {
            model.add(contact, RDF.TYPE, VCARD4.ORGANIZATION);
            model.add(contact, VCARD4.FN, values.createLiteral(settings.publisher().name()));
            model.add(contact, VCARD4.HAS_EMAIL, iri("mailto:" + settings.publisher().email()));
        }

        String landingPage = urls.absolute(urls.paths().openData());
        for (Dataset dataset : datasets) {
            IRI node = own("dataset-" + dataset.id());
            IRI distribution = own("distribution-" + dataset.id());
            model.add(node, RDF.TYPE, DCAT.DATASET);
            texts(model, node, DCTERMS.TITLE, dataset.titles());
            texts(model, node, DCTERMS.DESCRIPTION, dataset.descriptions());
            model.add(node, DCTERMS.PUBLISHER, publisher);
            // not the node's last statement: RDF/XML would nest the distribution in it, unlike the portal's examples
            model.add(node, DCAT.HAS_DISTRIBUTION, distribution);
            add(model, node, DCAT.CONTACT_POINT, contact);
            model.add(node, DCAT.THEME, iri(THEMES + "/SOCI"));
            model.add(node, DCTERMS.LANGUAGE, dataLanguage);
            for (String language : TEXT_LANGUAGES) {
                model.add(node, DCAT.KEYWORD, values.createLiteral(
                        dataset.title(language).toLowerCase(Locale.forLanguageTag(language)), language));
                for (String keyword : KEYWORDS.get(language)) {
                    model.add(node, DCAT.KEYWORD, values.createLiteral(keyword, language));
                }
            }
            model.add(node, DCTERMS.ACCRUAL_PERIODICITY, iri(FREQUENCY + "DAILY"));
            model.add(node, DCAT.LANDING_PAGE, iri(landingPage));

            IRI file = iri(settings.baseUrl() + dataset.path());
            model.add(distribution, RDF.TYPE, DCAT.DISTRIBUTION);
            texts(model, distribution, DCTERMS.TITLE, dataset.titles());
            model.add(distribution, DCAT.ACCESS_URL, file);
            model.add(distribution, DCAT.DOWNLOAD_URL, file);
            // DCAT-AP-SE writes the format as a media type literal; DCAT-AP's IANA IRI goes beside it
            model.add(distribution, DCTERMS.FORMAT, values.createLiteral(dataset.format()));
            if (REGISTERED.contains(dataset.format())) {
                model.add(distribution, DCAT.MEDIA_TYPE, iri(MEDIA_TYPES + dataset.format()));
            }
            add(model, distribution, DCTERMS.LICENSE, licence);
            if (dataset.schema() != null) {
                model.add(distribution, DCTERMS.CONFORMS_TO, iri(settings.baseUrl() + dataset.schema()));
            }
        }
        return model;
    }

    /** The portal's IRI for the organisation number (digits only, ten of them), else the site's own. */
    private IRI publisher(Publisher publisher) {
        String number = publisher == null || publisher.orgNumber() == null ? ""
                : publisher.orgNumber().replaceAll("[\\s-]", "");
        return number.matches("\\d{10}") ? iri(PORTAL_ORGANISATION + number) : own("publisher");
    }

    /** A contact point needs an address to write to; none without the publisher's e-mail. */
    private IRI contact(Publisher publisher) {
        return publisher == null || publisher.email() == null ? null : own("contact");
    }

    /** {@code sv} is {@code .../language/SWE}: the EU vocabulary uses ISO 639-3 codes in capitals. */
    private IRI language(String code) {
        return iri(LANGUAGE + Locale.forLanguageTag(code).getISO3Language().toUpperCase(Locale.ROOT));
    }

    private String catalogDescription(List<Dataset> datasets, String language) {
        List<String> titles = new ArrayList<>();
        datasets.forEach(d -> titles.add(d.title(language)));
        String base = site.settings().baseUrl();
        return "sv".equals(language)
                ? "Öppna data från webbplatsen " + site.settings().title() + " (" + base + "): " + String.join(", ", titles) + "."
                : "Open data from the website " + site.settings().title() + " (" + base + "): " + String.join(", ", titles) + ".";
    }

    private void texts(Model model, Resource subject, IRI predicate, Map<String, String> texts) {
        for (String language : TEXT_LANGUAGES) {
            if (texts.containsKey(language)) {
                model.add(subject, predicate, values.createLiteral(texts.get(language), language));
            }
        }
    }

    private static void add(Model model, Resource subject, IRI predicate, Value object) {
        if (object != null) {
            model.add(subject, predicate, object);
        }
    }

    private IRI own(String fragment) {
        return iri(document + "#" + fragment);
    }

    private IRI optional(String iri) {
        return iri == null ? null : iri(iri);
    }

    /**
     * An IRI that the portal can harvest: absolute, and valid. Building one from settings that are
     * not is a bug upstream (site.yaml's baseUrl and e-mail are checked when the content is read).
     */
    private IRI iri(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null) {
                throw new IllegalStateException("not an absolute IRI: " + text);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a valid IRI: " + text, e);
        }
        return values.createIRI(text);
    }
}
