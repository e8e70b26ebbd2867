package eu.projectresolution.mobilisation.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The shipped JSON Schema of a practice sheet, loaded once for the tests. */
final class SheetSchema {
  private static final Schema SCHEMA = load();

  private SheetSchema() {}

  /** The schema's errors for {@code sheet}; empty when the schema accepts it. */
  static List<Error> errors(JsonNode sheet) {
    return SCHEMA.validate(sheet);
  }

  private static Schema load() {
    try (InputStream in = SheetSchema.class.getResourceAsStream(PracticeSheetJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(PracticeSheetJson.SCHEMA_RESOURCE + " is missing");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
