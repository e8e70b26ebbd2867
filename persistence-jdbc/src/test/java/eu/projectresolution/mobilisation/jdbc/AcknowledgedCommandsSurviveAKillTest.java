package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.indicator.StreamReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged means durable: a program writing commands from several threads is killed ({@code kill
 * -9}) in the middle of its work, and every command the engine had answered {@code accepted} is found
 * when the database is opened again.
 *
 * <p>The program ({@link AcknowledgingWriter}) runs in a JVM of its own and logs each acknowledged
 * capture as soon as it has it; the test waits until the log holds {@value #ACKNOWLEDGED} lines, kills
 * it, then looks every logged person up.
 */
class AcknowledgedCommandsSurviveAKillTest {
  /** Acknowledgements to wait for before the kill: enough to be writing hard when it comes. */
  private static final int ACKNOWLEDGED = 250;

  private static final int THREADS = 8;

  /** Only a bound: the test goes on as soon as the log is long enough (a few seconds). */
  private static final Duration AT_MOST = Duration.ofMinutes(2);

  @TempDir Path directory;

  @Test
  void anH2FileDatabaseOpenedDurablyLosesNothingAcknowledged() throws Exception {
    String url = "jdbc:h2:file:" + directory.resolve("mobilisation") + ";WRITE_DELAY=0";
    TenantId tenant = Fixtures.newTenant();
    List<BeneficiaryId> acknowledged;
    try (HikariDataSource before = pool(url, "sa", "")) {
      acknowledged = killWhileWriting(before, url, "sa", "", "mobilisation", tenant);
    }
    try (HikariDataSource after = pool(url, "sa", "")) {
      assertThat(missing(after, "mobilisation", tenant, acknowledged)).isEmpty();
    }
  }

  @Test
  void postgresqlLosesNothingAcknowledged() throws Exception {
    HikariDataSource server = (HikariDataSource) TestDatabases.postgres().dataSource();
    String schema = TestSchema.newName();
    TenantId tenant = Fixtures.newTenant();
    try {
      List<BeneficiaryId> acknowledged =
          killWhileWriting(server, server.getJdbcUrl(), server.getUsername(), server.getPassword(), schema, tenant);
      assertThat(missing(server, schema, tenant, acknowledged)).isEmpty();
    } finally {
      TestSchema.drop(server, schema);
    }
  }

  /**
   * Starts the writer on the tables of {@code schema} (migrated here first), kills it once it has logged
   * {@value #ACKNOWLEDGED} acknowledgements, and gives what it logged. The pool of {@code dataSource}
   * must hold no connection to an embedded database while the writer runs: {@code url} is opened anew.
   */
  private List<BeneficiaryId> killWhileWriting(
      HikariDataSource dataSource, String url, String user, String password, String schema, TenantId tenant)
      throws IOException, InterruptedException {
    JdbcStorage.migrate(dataSource, schema);
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(JdbcStorage.create(dataSource, schema)).clock(Fixtures.CLOCK).build();
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
    if (url.startsWith("jdbc:h2:file:")) {
      dataSource.close(); // H2 embedded: one process at a time
    }

    Path log = directory.resolve("acknowledged-" + schema + ".log");
    Path output = directory.resolve("writer-" + schema + ".out");
    Files.createFile(log);
    Process writer = new ProcessBuilder(
            ProcessHandle.current().info().command().orElse("java"),
            "-cp", System.getProperty("java.class.path"),
            AcknowledgingWriter.class.getName(),
            url, user, password == null ? "" : password, schema, tenant.value(), log.toString(),
            Integer.toString(THREADS))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    try {
      long deadline = System.nanoTime() + AT_MOST.toNanos();
      while (lines(log).size() < ACKNOWLEDGED) {
        if (writer.waitFor(20, TimeUnit.MILLISECONDS)) {
          throw new AssertionError("The writer stopped by itself (exit code " + writer.exitValue() + "):\n"
              + Files.readString(output));
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("The writer acknowledged only " + lines(log).size() + " captures in " + AT_MOST
              + ":\n" + Files.readString(output));
        }
      }
    } finally {
      writer.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed on the way out
      writer.waitFor();
    }
    List<BeneficiaryId> acknowledged = new ArrayList<>();
    for (String line : lines(log)) {
      acknowledged.add(BeneficiaryId.of(line));
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED);
    return acknowledged;
  }

  /** The complete lines of the log (the writer may have been killed in the middle of the last one). */
  private static List<String> lines(Path log) throws IOException {
    String text = new String(Files.readAllBytes(log), StandardCharsets.US_ASCII);
    List<String> complete = new ArrayList<>(List.of(text.split("\n", -1)));
    complete.remove(complete.size() - 1); // after the last line break: empty, or a line cut short
    return complete;
  }

  /** The acknowledged captures whose pathway or summary cannot be found. */
  private static List<BeneficiaryId> missing(
      DataSource dataSource, String schema, TenantId tenant, List<BeneficiaryId> acknowledged) {
    JdbcStorage storage = JdbcStorage.create(dataSource, schema);
    MobilisationEngine engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    List<BeneficiaryId> missing = new ArrayList<>();
    for (BeneficiaryId person : acknowledged) {
      if (engine.pathway(tenant, person).isEmpty() || storage.beneficiaries().find(tenant, person).isEmpty()) {
        missing.add(person);
      }
    }
    // Whatever the kill cut short left no events without their facts, and no facts without their events.
    assertThat(storage.indicatorSources().factsNotUnder(
        tenant, Fixtures.SIPA, engine.indicatorFacts().basis(), Optional.empty(), 10)).isEmpty();
    assertThat(engine.indicatorReport(tenant, ReportScope.of(Fixtures.SIPA)).orElseThrow().figures())
        .isEqualTo(StreamReports.compute(storage, engine.outcomeRules(), engine.pathwayModel(), Fixtures.CLOCK, tenant,
            ReportScope.of(Fixtures.SIPA)).orElseThrow().figures());
    return missing;
  }

  private static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(2);
    return new HikariDataSource(config);
  }
}
