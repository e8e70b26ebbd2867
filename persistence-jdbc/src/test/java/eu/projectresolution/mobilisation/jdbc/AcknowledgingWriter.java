package eu.projectresolution.mobilisation.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The program {@link AcknowledgedCommandsSurviveAKillTest} kills: captures new people from several
 * threads, for ever, and writes the id of each capture the engine acknowledged to a log, one line
 * each, as soon as it is acknowledged (an unbuffered write: a killed process has handed it to the
 * operating system already).
 *
 * <p>Arguments: JDBC URL, user, password, schema, tenant, log file, number of threads.
 */
final class AcknowledgingWriter {
  private AcknowledgingWriter() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    int threads = Integer.parseInt(args[6]);
    config.setMaximumPoolSize(threads);
    HikariDataSource dataSource = new HikariDataSource(config);
    MobilisationEngine engine =
        MobilisationEngine.builder().storage(JdbcStorage.create(dataSource, args[3])).clock(Fixtures.CLOCK).build();
    TenantId tenant = TenantId.of(args[4]);
    try (OutputStream log = new FileOutputStream(Path.of(args[5]).toFile(), true)) {
      List<Thread> writers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread writer = new Thread(() -> captureForEver(engine, tenant, log), "writer-" + i);
        writer.start();
        writers.add(writer);
      }
      for (Thread writer : writers) {
        writer.join();
      }
    }
  }

  private static void captureForEver(MobilisationEngine engine, TenantId tenant, OutputStream log) {
    while (true) {
      BeneficiaryId person = BeneficiaryId.random();
      CommandResult result = engine.capture(tenant, Fixtures.capture(person, Fixtures.START));
      if (!result.accepted()) {
        throw new IllegalStateException("Capture refused: " + result.refusal().orElseThrow().message());
      }
      byte[] line = (person.value() + "\n").getBytes(StandardCharsets.US_ASCII);
      synchronized (log) {
        try {
          log.write(line);
        } catch (IOException e) {
          throw new IllegalStateException("Cannot write the log of acknowledgements", e);
        }
      }
    }
  }
}
