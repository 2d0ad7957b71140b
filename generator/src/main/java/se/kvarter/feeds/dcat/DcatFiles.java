package se.kvarter.feeds.dcat;

import java.io.StringWriter;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.rdfxml.util.RDFXMLPrettyWriter;
import se.kvarter.feeds.Urls;
import se.kvarter.model.Site;
import se.kvarter.output.OutputFile;

/**
 * Writes the DCAT-AP-SE catalogue twice: {@code /dcat.rdf} in RDF/XML, the syntax the Swedish
 * data portal harvests, with one element per described thing as in DCAT-AP-SE's examples, and
 * {@code /dcat.jsonld}, the same graph as compact JSON-LD ({@link CompactJsonLd}). Both writers
 * keep the graph's statement order and its namespace prefixes, so the same catalogue gives the
 * same bytes.
 */
public final class DcatFiles {

    private DcatFiles() {
    }

    public static List<OutputFile> of(Site site, Urls urls) {
        Model model = new DcatCatalog(site, urls).model();
        return List.of(
                OutputFile.text(DcatCatalog.RDF_XML, rdfXml(model)),
                OutputFile.text(DcatCatalog.JSON_LD, jsonLd(model)));
    }

    static String rdfXml(Model model) {
        StringWriter out = new StringWriter();
        // the pretty writer types each node by its element (<dcat:Dataset rdf:about=...>), as the portal's examples do
        RDFWriter writer = new RDFXMLPrettyWriter(out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(model, writer);
        // The pretty writer types every simple literal as xsd:string. In RDF 1.1 that is the same
        // literal, but the portal's examples and form fields (dcterms:format) use plain ones.
        return lineEnds(out.toString().replace(" rdf:datatype=\"" + XSD.STRING.stringValue() + "\"", ""));
    }

    static String jsonLd(Model model) {
        return lineEnds(CompactJsonLd.of(model));
    }

    /** {@code \n} line ends and a final newline, whatever the platform's line separator. */
    private static String lineEnds(String text) {
        String unix = text.replace("\r\n", "\n");
        return unix.endsWith("\n") ? unix : unix + "\n";
    }
}
