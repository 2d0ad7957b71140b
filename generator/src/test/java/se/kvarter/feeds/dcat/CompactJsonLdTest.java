package se.kvarter.feeds.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Site;

/**
 * The catalogue's JSON-LD writer against a JSON-LD processor: rdf4j's compact JSON-LD writer
 * (Titanium), which the build used before and no longer loads (see {@link CompactJsonLd} for why).
 */
class CompactJsonLdTest {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
    private static final String BASE = "https://example.se/dcat.rdf#";

    @Test
    void theExampleCatalogueIsWrittenByteForByteAsTheProcessorWritesIt() {
        Site site = TestSites.validated(TestSites.exampleContent(), LocalDate.of(2026, 11, 24));
        Model catalogue = new DcatCatalog(site, new Urls(site.settings())).model();
        assertEquals(processor(catalogue), CompactJsonLd.of(catalogue));
    }

    @Test
    void aCatalogueWithoutContactOrLicenceToo(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Path settings = content.resolve("site.yaml");
        Files.write(settings, Files.readAllLines(settings).stream()
                .filter(line -> !line.startsWith("publisher:") && !line.startsWith("dataLicense:")).toList());
        Site site = TestSites.validated(content, LocalDate.of(2026, 11, 24));
        Model catalogue = new DcatCatalog(site, new Urls(site.settings())).model();
        assertEquals(processor(catalogue), CompactJsonLd.of(catalogue));
    }


    @Test
    void nodesComeInTheOrderTheyAreFirstNamedAndValuesKeepTheirLanguage() {
        Model model = namespaces();
        IRI catalog = VALUES.createIRI(BASE + "catalog");
        IRI first = VALUES.createIRI(BASE + "first");
        IRI second = VALUES.createIRI(BASE + "second");
        model.add(second, RDF.TYPE, DCAT.DATASET); // a subject before it is named as an object
        model.add(catalog, RDF.TYPE, DCAT.CATALOG);
        model.add(catalog, DCTERMS.TITLE, VALUES.createLiteral("Mötesplatser", "sv"));
        model.add(catalog, DCAT.HAS_DATASET, first);
        model.add(catalog, DCAT.HAS_DATASET, second);
        model.add(catalog, FOAF.HOMEPAGE, VALUES.createIRI("https://example.se/"));
        model.add(first, RDF.TYPE, DCAT.DATASET);
        model.add(first, DCTERMS.TITLE, VALUES.createLiteral("Platser \"och\" \\ tider\n", "sv"));
        model.add(first, DCTERMS.TITLE, VALUES.createLiteral("Places", "en"));
        model.add(first, DCTERMS.FORMAT, VALUES.createLiteral("application/json"));
        model.add(first, DCAT.THEME, DCAT.DATASET); // an object IRI in a namespace
        assertEquals(processor(model), CompactJsonLd.of(model));
    }

    @Test
    void typedLiteralsAndSeveralTypesReadBackAsTheSameGraph() throws IOException {
        Model model = namespaces();
        IRI dataset = VALUES.createIRI(BASE + "dataset");
        model.add(dataset, RDF.TYPE, DCAT.DATASET);
        model.add(dataset, RDF.TYPE, FOAF.DOCUMENT);
        model.add(dataset, DCTERMS.ISSUED, VALUES.createLiteral("2026-11-24", XSD.DATE));
        model.add(dataset, DCAT.BYTE_SIZE, VALUES.createLiteral("1024", XSD.DECIMAL));
        model.add(dataset, DCTERMS.RELATION, VALUES.createBNode("contact"));
        model.add(VALUES.createBNode("contact"), FOAF.NAME, VALUES.createLiteral("Kvarter"));
        String written = CompactJsonLd.of(model);
        Model read = Rio.parse(new StringReader(written), "", RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(model, read), written);
    }

    private static Model namespaces() {
        Model model = new LinkedHashModel();
        model.setNamespace(RDF.NS);
        model.setNamespace(DCAT.NS);
        model.setNamespace("dcterms", DCTERMS.NAMESPACE);
        model.setNamespace(FOAF.NS);
        return model;
    }

    /** What rdf4j's JSON-LD writer gives for the model, with the settings the build used. */
    private static String processor(Model model) {
        StringWriter out = new StringWriter();
        RDFWriter writer = Rio.createWriter(RDFFormat.JSONLD, out);
        writer.getWriterConfig()
                .set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT)
                .set(BasicWriterSettings.PRETTY_PRINT, true)
                .set(BasicWriterSettings.XSD_STRING_TO_PLAIN_LITERAL, true);
        Rio.write(model, writer);
        return out.toString().replace("\r\n", "\n").stripTrailing();
    }
}
