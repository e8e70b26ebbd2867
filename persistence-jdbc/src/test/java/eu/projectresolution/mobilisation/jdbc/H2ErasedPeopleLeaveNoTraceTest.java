package eu.projectresolution.mobilisation.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dump is H2's own {@code SCRIPT} of the test's schema. */
class H2ErasedPeopleLeaveNoTraceTest extends ErasedPeopleLeaveNoTraceContract {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::h2);

  /** How SCRIPT escapes a character outside ASCII in a U&'...' literal: \00eb, or \+01f600. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\+[0-9a-fA-F]{6}|[0-9a-fA-F]{4})");

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }

  @Override
  protected String dump() throws Exception {
    StringBuilder script = new StringBuilder();
    try (Connection connection = SCHEMA.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SCRIPT SCHEMA \"" + SCHEMA.name() + "\"")) {
      while (rows.next()) {
        script.append(rows.getString(1)).append('\n');
      }
    }
    return unescaped(script.toString());
  }

  /** The script with its Unicode escapes written as the characters they stand for, as a reader of it would see them. */
  private static String unescaped(String script) {
    Matcher escape = ESCAPE.matcher(script);
    StringBuilder text = new StringBuilder();
    while (escape.find()) {
      String digits = escape.group(1).replace("+", "");
      escape.appendReplacement(text, Matcher.quoteReplacement(Character.toString(Integer.parseInt(digits, 16))));
    }
    escape.appendTail(text);
    return text.toString();
  }
}
