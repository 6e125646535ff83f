package dev.clearance.cyclonedx;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Validates JSON against the CycloneDX 1.6 JSON schema that cyclonedx-core-java bundles (with the
 * SPDX and JSF schemas it refers to), read from the library jar. The library's own {@code
 * JsonParser.validate} needs json-schema-validator 2.x, while the build pins 3.x; the schema files
 * are the same.
 */
final class BomSchema {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              builder ->
                  builder.schemaIdResolvers(
                      resolvers ->
                          resolvers.mapPrefix("http://cyclonedx.org/schema/", "classpath:")))
          .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.6.schema.json"));

  private BomSchema() {}

  /** The schema violations, one line each; empty when the JSON is a valid 1.6 BOM. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
  }
}
