package se.kvarter.feeds;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates JSON against the schemas a build published, with the networknt validator: the
 * schemas' {@code $id}s under the site's base URL are read from the output folder, and
 * {@code format} is asserted, not just noted.
 */
final class SchemaCheck {

    private final SchemaRegistry registry;
    private final String schemaBase;

    SchemaCheck(Path site, String baseUrl) {
        this.schemaBase = baseUrl + "api/v1/schema/";
        Path folder = site.resolve("api/v1/schema");
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(iri -> iri.startsWith(schemaBase) ? read(folder.resolve(iri.substring(schemaBase.length()))) : null));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of {@code json} against the schema named {@code name} ({@code place}, {@code events} ...). */
    List<Error> errors(String name, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(schemaBase + name + ".schema.json"));
        return schema.validate(json, InputFormat.JSON);
    }
}
