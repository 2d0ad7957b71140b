package se.kvarter.feeds.hsds;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Validates JSON against the official HSDS 3.0 schemas in the test resources
 * ({@code hsds-3.0/schema/}), with the networknt validator and {@code format} asserted. The
 * schemas are known by the address the HSDS OpenAPI document gives them, so their relative
 * {@code $ref}s ({@code "phone.json"}) resolve to the files beside them.
 */
final class HsdsSchemaCheck {

    static final String BASE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    /** The response schema of {@code GET /} (the API's entry point) in the OpenAPI document. */
    static final String ENTRY_POINT = "openapi.json#/paths/~1/get/responses/200/content/application~1json/schema";

    /** Keywords of HSDS's own (for its tabular form and documentation): annotations, not checks. */
    private static final List<String> HSDS_KEYWORDS = List.of("name", "path", "datapackage_metadata", "constraints",
            "example", "core", "datapackage_type", "tabular_required");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialect.builder(Dialects.getDraft202012())
                    .keywords(HSDS_KEYWORDS.stream().map(AnnotationKeyword::new).toList())
                    .build(),
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemas(iri -> iri.startsWith(BASE) ? read(iri.substring(BASE.length())) : null));

    private static String read(String name) {
        try (InputStream in = HsdsSchemaCheck.class.getResourceAsStream("/hsds-3.0/schema/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no vendored HSDS schema " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of {@code json} against the schema {@code name} ({@code service.json}, {@link #ENTRY_POINT} ...). */
    List<Error> errors(String name, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(BASE + name));
        return schema.validate(json, InputFormat.JSON);
    }
}
