package eu.projectresolution.mobilisation.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dump is {@code pg_dump} of the test's schema, found on the path or in {@code
 * /usr/lib/postgresql/<version>/bin}; where there is none (a fresh machine with the embedded server
 * only), or it cannot dump this server, every row of every table of the schema, read over JDBC.
 */
class PostgresErasedPeopleLeaveNoTraceTest extends ErasedPeopleLeaveNoTraceContract {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresErasedPeopleLeaveNoTraceTest.class);
  private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  @Override
  protected TestSchema schema() {
    return SCHEMA;
  }

  @Override
  protected String dump() throws Exception {
    Optional<String> dumped = pgDump();
    if (dumped.isPresent()) {
      return dumped.get();
    }
    return everyRow();
  }

  private Optional<String> pgDump() throws SQLException, IOException, InterruptedException {
    Optional<Path> tool = pgDumpTool();
    String url;
    String user;
    try (Connection connection = SCHEMA.dataSource().getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      url = meta.getURL();
      user = meta.getUserName();
    }
    Matcher parts = URL.matcher(url);
    if (tool.isEmpty() || !parts.matches()) {
      LOG.warn("No pg_dump to run against {} ({}): reading every table over JDBC instead", url,
          tool.isEmpty() ? "none on the path or in /usr/lib/postgresql" : "URL not understood");
      return Optional.empty();
    }
    Path out = Files.createTempFile("pg_dump-", ".sql");
    try {
      ProcessBuilder builder = new ProcessBuilder(tool.get().toString(), "--host", parts.group(1), "--port",
          parts.group(2) == null ? "5432" : parts.group(2), "--username", user, "--no-password",
          "--schema", SCHEMA.name(), "--file", out.toString(), parts.group(3));
      String password = System.getenv("MOBILISATION_TEST_JDBC_PASSWORD");
      if (password != null) {
        builder.environment().put("PGPASSWORD", password);
      }
      builder.redirectErrorStream(true);
      Process process = builder.start();
      String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        LOG.warn("{} could not dump {} ({}): reading every table over JDBC instead", tool.get(), url, messages.strip());
        return Optional.empty();
      }
      return Optional.of(Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** pg_dump on the path, else the newest in /usr/lib/postgresql/&lt;version&gt;/bin. */
  private static Optional<Path> pgDumpTool() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "pg_dump");
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    Path installed = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(installed)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(installed)) {
      return versions.map(v -> v.resolve("bin/pg_dump")).filter(Files::isExecutable)
          .max((a, b) -> a.toString().compareTo(b.toString()));
    }
  }

  private String everyRow() throws SQLException {
    StringBuilder text = new StringBuilder();
    try (Connection connection = SCHEMA.dataSource().getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = connection.getMetaData().getTables(null, SCHEMA.name(), "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM \"" + SCHEMA.name() + "\".\"" + table + "\"")) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            text.append(table);
            for (int c = 1; c <= columns.getColumnCount(); c++) {
              text.append('\t').append(rows.getString(c));
            }
            text.append('\n');
          }
        }
      }
    }
    return text.toString();
  }
}
