package se.kvarter.feeds.dcat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;

/**
 * Writes an RDF graph as compact JSON-LD in its flattened form, as a JSON-LD processor compacts
 * it: one node object per subject in {@code @graph}, in the order nodes are first named (as
 * subject or object), properties in statement order, one value as itself and several as an array,
 * a plain string as a JSON string, IRIs shortened by the model's namespaces, which follow as
 * {@code @context}.
 *
 * <p>Why not RDF4J's JSON-LD writer: through Titanium JSON-LD it starts an HTTP client whose
 * thread the JVM waits for at exit, which made every build end late (bench/RESULTS.md).
 * {@code CompactJsonLdTest} compares this writer's bytes with RDF4J's, and the tests read
 * {@code dcat.jsonld} back with RDF4J's parser and compare its graph with {@code dcat.rdf}'s.
 */
final class CompactJsonLd {

    private static final JsonFactory JSON = new JsonFactory();

    private final Model model;
    private final List<Namespace> namespaces;

    private CompactJsonLd(Model model) {
        this.model = model;
        this.namespaces = List.copyOf(model.getNamespaces());
    }

    /** The model as compact JSON-LD text, indented by four spaces, without a final line end. */
    static String of(Model model) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(printer());
            new CompactJsonLd(model).write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("@graph");
        for (Map.Entry<Resource, List<Statement>> node : nodes().entrySet()) {
            node(json, node.getKey(), node.getValue());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("@context");
        for (Namespace namespace : namespaces) {
            json.writeStringField(namespace.getPrefix(), namespace.getName());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /**
     * Each subject's statements in the model's order, the subjects in the order each is first
     * named, as a subject or as an object.
     */
    private Map<Resource, List<Statement>> nodes() {
        Map<Resource, List<Statement>> nodes = new LinkedHashMap<>();
        Set<Resource> subjects = model.subjects();
        for (Statement statement : model) {
            nodes.computeIfAbsent(statement.getSubject(), s -> new ArrayList<>()).add(statement);
            if (statement.getObject() instanceof Resource object && subjects.contains(object)) {
                nodes.computeIfAbsent(object, o -> new ArrayList<>());
            }
        }
        return nodes;
    }

    private void node(JsonGenerator json, Resource subject, List<Statement> statements) throws IOException {
        Map<IRI, List<Value>> properties = new LinkedHashMap<>();
        List<Value> types = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.getPredicate().equals(RDF.TYPE) && statement.getObject() instanceof Resource) {
                types.add(statement.getObject());
            } else {
                properties.computeIfAbsent(statement.getPredicate(), p -> new ArrayList<>()).add(statement.getObject());
            }
        }
        json.writeStartObject();
        json.writeStringField("@id", id(subject));
        if (types.size() == 1) {
            json.writeStringField("@type", compact(types.get(0).stringValue(), true));
        } else if (!types.isEmpty()) {
            json.writeArrayFieldStart("@type");
            for (Value type : types) {
                json.writeString(compact(type.stringValue(), true));
            }
            json.writeEndArray();
        }
        for (Map.Entry<IRI, List<Value>> property : properties.entrySet()) {
            json.writeFieldName(compact(property.getKey().stringValue(), true));
            List<Value> values = property.getValue();
            if (values.size() > 1) {
                json.writeStartArray();
            }
            for (Value value : values) {
                value(json, value);
            }
            if (values.size() > 1) {
                json.writeEndArray();
            }
        }
        json.writeEndObject();
    }

    private void value(JsonGenerator json, Value value) throws IOException {
        if (value instanceof Resource resource) {
            json.writeStartObject();
            json.writeStringField("@id", id(resource));
            json.writeEndObject();
            return;
        }
        Literal literal = (Literal) value;
        Optional<String> language = literal.getLanguage();
        if (language.isEmpty() && literal.getDatatype().equals(XSD.STRING)) {
            json.writeString(literal.getLabel());
            return;
        }
        json.writeStartObject();
        if (language.isPresent()) {
            json.writeStringField("@language", language.get());
        } else {
            json.writeStringField("@type", compact(literal.getDatatype().stringValue(), true));
        }
        json.writeStringField("@value", literal.getLabel());
        json.writeEndObject();
    }

    private String id(Resource resource) {
        return resource.isBNode() ? "_:" + resource.stringValue() : compact(resource.stringValue(), false);
    }

    /**
     * An IRI shortened to {@code prefix:rest} by the shortest fitting namespace (the first in
     * alphabetical order among equals); a property or type that is a namespace itself is named by
     * its prefix, as compaction with a vocabulary does.
     */
    private String compact(String iri, boolean vocabulary) {
        String best = null;
        for (Namespace namespace : namespaces) {
            String name = namespace.getName();
            if (vocabulary && iri.equals(name)) {
                return namespace.getPrefix();
            }
            if (iri.length() > name.length() && iri.startsWith(name)) {
                String candidate = namespace.getPrefix() + ":" + iri.substring(name.length());
                if (best == null || candidate.length() < best.length()
                        || candidate.length() == best.length() && candidate.compareTo(best) < 0) {
                    best = candidate;
                }
            }
        }
        return best == null ? iri : best;
    }
}
