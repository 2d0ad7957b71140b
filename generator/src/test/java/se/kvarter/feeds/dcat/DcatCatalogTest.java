package se.kvarter.feeds.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;
import se.kvarter.feeds.Datasets;
import se.kvarter.model.Dataset;

/**
 * The DCAT-AP-SE catalogue of the example site, parsed back from both files: what the Swedish
 * data portal needs to harvest it (outputs.md), and the same graph in RDF/XML and JSON-LD.
 */
class DcatCatalogTest {

    private static final String BASE = "https://motesplatser.example.se/";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/";

    @TempDir
    static Path work;
    static Path site;
    static Model rdfXml;
    static Model jsonLd;

    @BeforeAll
    static void build() throws IOException {
        site = build(TestSites.exampleContent(), "example");
        rdfXml = parse(site.resolve("dcat.rdf"), RDFFormat.RDFXML);
        jsonLd = parse(site.resolve("dcat.jsonld"), RDFFormat.JSONLD);
    }

    private static Path build(Path content, String name) {
        return TestSites.build(content, work.resolve(name), "2026-11-24");
    }

    private static Model parse(Path file, RDFFormat format) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Rio.parse(in, "", format);
        }
    }

    @Test
    void bothSerialisationsHoldTheSameGraphWithoutBlankNodes() {
        assertFalse(rdfXml.isEmpty());
        assertTrue(Models.isomorphic(rdfXml, jsonLd), "dcat.rdf and dcat.jsonld differ");
        for (Statement statement : rdfXml) {
            assertTrue(statement.getSubject().isIRI(), statement.toString());
            assertFalse(statement.getObject().isBNode(), statement.toString());
        }
    }

    @Test
    void everyIriIsAbsoluteAndValid() {
        for (Statement statement : rdfXml) {
            for (Value value : List.of(statement.getSubject(), statement.getPredicate(), statement.getObject())) {
                if (value.isIRI()) {
                    URI uri = URI.create(value.stringValue());
                    assertNotNull(uri.getScheme(), value.stringValue());
                    assertTrue(uri.isAbsolute(), value.stringValue());
                }
            }
        }
    }

    @Test
    void theCatalogueHasItsMandatoryProperties() {
        Set<Resource> catalogues = rdfXml.filter(null, RDF.TYPE, DCAT.CATALOG).subjects();
        assertEquals(1, catalogues.size());
        Resource catalogue = catalogues.iterator().next();
        assertEquals(Set.of("sv", "en"), languages(catalogue, DCTERMS.TITLE));
        assertEquals(Set.of("sv", "en"), languages(catalogue, DCTERMS.DESCRIPTION));
        assertEquals(Set.of(iri("http://dataportal.se/organisation/SE8020000000")),
                rdfXml.filter(catalogue, DCTERMS.PUBLISHER, null).objects());
        assertEquals(rdfXml.filter(null, RDF.TYPE, DCAT.DATASET).subjects(),
                rdfXml.filter(catalogue, DCAT.HAS_DATASET, null).objects());
    }

    @Test
    void everyDatasetHasItsMandatoryAndRecommendedProperties() {
        Set<Resource> datasets = rdfXml.filter(null, RDF.TYPE, DCAT.DATASET).subjects();
        assertEquals(Datasets.all().size(), datasets.size());
        for (Resource dataset : datasets) {
            assertEquals(Set.of("sv", "en"), languages(dataset, DCTERMS.TITLE), dataset.toString());
            assertEquals(Set.of("sv", "en"), languages(dataset, DCTERMS.DESCRIPTION), dataset.toString());
            assertEquals(1, rdfXml.filter(dataset, DCTERMS.PUBLISHER, null).size());
            assertFalse(rdfXml.filter(dataset, DCAT.HAS_DISTRIBUTION, null).isEmpty());
            assertFalse(rdfXml.filter(dataset, DCAT.CONTACT_POINT, null).isEmpty());
            assertFalse(rdfXml.filter(dataset, DCAT.KEYWORD, null).isEmpty());
            assertEquals(Set.of(iri("http://publications.europa.eu/resource/authority/data-theme/SOCI")),
                    rdfXml.filter(dataset, DCAT.THEME, null).objects());
            assertEquals(Set.of(iri("http://publications.europa.eu/resource/authority/language/SWE")),
                    rdfXml.filter(dataset, DCTERMS.LANGUAGE, null).objects());
        }
        Set<String> titles = rdfXml.filter(null, DCTERMS.TITLE, null).objects().stream()
                .map(Value::stringValue).collect(Collectors.toSet());
        for (Dataset dataset : Datasets.all()) {
            assertTrue(titles.contains(dataset.title("sv")) && titles.contains(dataset.title("en")), dataset.id());
        }
    }

    @Test
    void everyDistributionPointsToAFileOfTheBuild() {
        Set<Resource> distributions = rdfXml.filter(null, RDF.TYPE, DCAT.DISTRIBUTION).subjects();
        assertEquals(rdfXml.filter(null, DCAT.HAS_DISTRIBUTION, null).objects(), distributions);
        for (Resource distribution : distributions) {
            Set<Value> access = rdfXml.filter(distribution, DCAT.ACCESS_URL, null).objects();
            assertEquals(1, access.size(), distribution.toString());
            String url = access.iterator().next().stringValue();
            assertTrue(url.startsWith(BASE), url);
            assertTrue(Files.isRegularFile(site.resolve(url.substring(BASE.length()))), url);
            assertEquals(access, rdfXml.filter(distribution, DCAT.DOWNLOAD_URL, null).objects());
            Literal format = (Literal) rdfXml.filter(distribution, DCTERMS.FORMAT, null).objects().iterator().next();
            assertTrue(format.getLabel().matches("\\w+/[-.+\\w]+"), format.getLabel());
        }
    }

    @Test
    void licencesAreExactlyTheCanonicalIri() {
        Set<Value> licences = rdfXml.filter(null, DCTERMS.LICENSE, null).objects();
        assertEquals(Set.of(iri(CC0)), licences);
    }

    @Test
    void thePublisherIsAnAgentAndTheContactPointAnotherNodeWithAnEmail() {
        IRI publisher = iri("http://dataportal.se/organisation/SE8020000000");
        assertTrue(rdfXml.contains(publisher, RDF.TYPE, FOAF.AGENT));
        assertEquals("Kvarter exempelredaktion", Models.objectLiteral(rdfXml.filter(publisher, FOAF.NAME, null))
                .orElseThrow().getLabel());
        Set<Value> contacts = rdfXml.filter(null, DCAT.CONTACT_POINT, null).objects();
        assertEquals(1, contacts.size());
        Resource contact = (Resource) contacts.iterator().next();
        assertNotEquals(publisher, contact);
        assertTrue(rdfXml.contains(contact, RDF.TYPE, VCARD4.ORGANIZATION));
        assertEquals(Set.of(iri("mailto:info@example.se")), rdfXml.filter(contact, VCARD4.HAS_EMAIL, null).objects());
    }

    @Test
    void thePublisherHasItsAdmsTypeInBothFilesAMunicipalityUnlessSiteYamlSaysOtherwise() throws IOException {
        IRI publisher = iri("http://dataportal.se/organisation/SE8020000000");
        IRI localAuthority = iri("http://purl.org/adms/publishertype/LocalAuthority");
        assertEquals(Set.of(localAuthority), rdfXml.filter(publisher, DCTERMS.TYPE, null).objects());
        assertEquals(Set.of(localAuthority), jsonLd.filter(publisher, DCTERMS.TYPE, null).objects());

        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("non-profit/content"));
        Path yaml = content.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^(\\s*)orgNumber:(.*)$", "$1orgNumber:$2\n$1type: non-profit-organisation"));
        Model nonProfit = parse(build(content, "non-profit/site").resolve("dcat.jsonld"), RDFFormat.JSONLD);
        assertEquals(Set.of(iri("http://purl.org/adms/publishertype/NonProfitOrganisation")),
                nonProfit.filter(publisher, DCTERMS.TYPE, null).objects());
    }

    @Test
    void anOrganisationNumberWithAHyphenGivesThePortalIriAndNoneGivesOneUnderTheBaseUrl() throws IOException {
        Model complete = parse(build(TestSites.fixture("sites/complete/content"), "complete").resolve("dcat.rdf"),
                RDFFormat.RDFXML);
        assertTrue(complete.contains(null, DCTERMS.PUBLISHER, iri("http://dataportal.se/organisation/SE8020000000")));

        Path content = TestSites.copy(TestSites.exampleContent(), work.resolve("without-number/content"));
        Path yaml = content.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^\\s*orgNumber:.*\\n", ""));
        Model own = parse(build(content, "without-number/site").resolve("dcat.rdf"), RDFFormat.RDFXML);
        Set<Value> publishers = own.filter(null, DCTERMS.PUBLISHER, null).objects();
        assertEquals(1, publishers.size());
        String publisher = publishers.iterator().next().stringValue();
        assertTrue(publisher.startsWith(BASE), publisher);
        assertTrue(own.contains(iri(publisher), RDF.TYPE, FOAF.AGENT));
    }

    private static Set<String> languages(Resource subject, IRI predicate) {
        return rdfXml.filter(subject, predicate, null).objects().stream()
                .map(v -> ((Literal) v).getLanguage().orElse(""))
                .collect(Collectors.toSet());
    }

    private static IRI iri(String text) {
        return SimpleValueFactory.getInstance().createIRI(text);
    }
}
