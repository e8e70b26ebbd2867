package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The shipped JSON Schema of a practice sheet, loaded once for the tests, as two validators read it:
 * with {@code format} an annotation only (draft 2020-12's default, and networknt's) and with {@code format}
 * asserted (as partners who turn format checking on will read it).
 */
final class SheetSchema {
  private static final Schema SCHEMA = load(false);
  private static final Schema SCHEMA_ASSERTING_FORMATS = load(true);

  private SheetSchema() {}

  /** The schema's errors for {@code sheet}, formats taken as annotations; empty when the schema accepts it. */
  static List<Error> errors(JsonNode sheet) {
    return SCHEMA.validate(sheet);
  }

  /** The schema's errors for {@code sheet} by a validator that asserts formats ({@code "format": "date"}). */
  static List<Error> errorsAssertingFormats(JsonNode sheet) {
    return SCHEMA_ASSERTING_FORMATS.validate(sheet);
  }

  private static Schema load(boolean assertFormats) {
    try (InputStream in = SheetSchema.class.getResourceAsStream(PracticeSheetJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(PracticeSheetJson.SCHEMA_RESOURCE + " is missing");
      }
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(assertFormats).build();
      return SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(config))
          .getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
